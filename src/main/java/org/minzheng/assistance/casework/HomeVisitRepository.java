package org.minzheng.assistance.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.assistance.meanstest.HouseholdMeans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of home visits: one JSON document per case, saved only on the version the caseworker read. */
@Repository
class HomeVisitRepository {

    /** The version a form carries before the first save. */
    static final long NONE = -1;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HomeVisitRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> find(long caseId) {
        return jdbc.sql("""
                        select document::text as document, eligible, per_capita_fen, amount_fen, completed_at,
                               saved_by, saved_at, version
                        from assistance.home_visits where case_id = :caseId
                        """).param("caseId", caseId).query(this::stored).optional();
    }

    /**
     * Saves the visit when nobody saved it since {@code version} was read ({@link #NONE}: nobody saved it yet).
     *
     * @return false on a conflict: someone else saved first
     */
    boolean save(long caseId, long version, Document document, Conclusion conclusion, String savedBy) {
        String text = json.writeValueAsString(document);
        if (version == NONE) {
            return jdbc.sql("""
                                    insert into assistance.home_visits
                                        (case_id, document, eligible, per_capita_fen, amount_fen, saved_by, county_code)
                                    values (:caseId, cast(:document as jsonb), :eligible, :perCapita, :amount, :savedBy,
                                            (select county_code from assistance.cases where id = :caseId))
                                    on conflict (county_code, case_id) do nothing
                                    """)
                            .param("caseId", caseId)
                            .param("document", text)
                            .param("eligible", conclusion.eligible())
                            .param("perCapita", conclusion.perCapitaFen())
                            .param("amount", conclusion.amountFen())
                            .param("savedBy", savedBy)
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                                update assistance.home_visits
                                set document = cast(:document as jsonb), eligible = :eligible,
                                    per_capita_fen = :perCapita, amount_fen = :amount, saved_by = :savedBy,
                                    saved_at = now(), version = version + 1
                                where case_id = :caseId and version = :version
                                """)
                        .param("caseId", caseId)
                        .param("version", version)
                        .param("document", text)
                        .param("eligible", conclusion.eligible())
                        .param("perCapita", conclusion.perCapitaFen())
                        .param("amount", conclusion.amountFen())
                        .param("savedBy", savedBy)
                        .update()
                == 1;
    }

    void markCompleted(long caseId) {
        jdbc.sql("update assistance.home_visits set completed_at = now() where case_id = :caseId")
                .param("caseId", caseId)
                .update();
    }

    /** An upheld objection sends the case back to investigation: the visit is open for changes again. */
    void reopen(long caseId) {
        jdbc.sql("update assistance.home_visits set completed_at = null where case_id = :caseId")
                .param("caseId", caseId)
                .update();
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(
                json.readValue(rs.getString("document"), Document.class),
                rs.getBoolean("eligible"),
                rs.getLong("per_capita_fen"),
                rs.getLong("amount_fen"),
                rs.getTimestamp("completed_at") == null
                        ? null
                        : rs.getTimestamp("completed_at").toInstant(),
                rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant(),
                rs.getLong("version"));
    }

    record Stored(
            Document document,
            boolean eligible,
            long perCapitaFen,
            long amountFen,
            Instant completedAt,
            String savedBy,
            Instant savedAt,
            long version) {}

    record Conclusion(boolean eligible, long perCapitaFen, long amountFen) {}

    /** The visit as stored: the members' ID numbers as base64 ciphertexts. */
    record Document(
            String hukouType,
            String address,
            LocalDate visitedOn,
            String investigators,
            List<Member> members,
            List<HouseholdMeans.Income> incomes,
            List<HouseholdMeans.Asset> assets,
            List<HouseholdMeans.Expense> expenses,
            Long proposedFen,
            String neighbourhood,
            String supporters,
            String notes) {}

    record Member(String name, String idCipher, String relationship, String workAbility) {}
}
