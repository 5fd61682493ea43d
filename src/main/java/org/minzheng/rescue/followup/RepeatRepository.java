package org.minzheng.rescue.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.rescue.matching.PersonDescription;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Repeat links and the earlier stays they point at. */
@Repository
class RepeatRepository {

    private static final String CASE_DATE = "cast(c.admitted_at at time zone 'Asia/Shanghai' as date)";
    private static final String RELEASE_DATE = "cast(c.released_at at time zone 'Asia/Shanghai' as date)";

    private final JdbcClient jdbc;

    RepeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewCase(
            long id,
            String number,
            String regionCode,
            String idIndex,
            LocalDate admittedOn,
            PersonDescription description) {}

    Optional<NewCase> newCase(long caseId) {
        return jdbc.sql("select c.*, " + CASE_DATE + " as admitted_on from rescue.cases c where c.id = :id")
                .param("id", caseId)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject("admitted_on", LocalDate.class);
                    return new NewCase(
                            rs.getLong("id"),
                            rs.getString("number"),
                            rs.getString("region_code"),
                            rs.getString("id_number_index"),
                            on,
                            caseDescription(rs, on));
                })
                .optional();
    }

    Optional<Long> latestEarlierCase(long caseId, String idIndex) {
        return jdbc.sql("""
                        select c.id from rescue.cases c
                         where c.id_number_index = :index and c.id <> :id
                           and c.admitted_at <= (select admitted_at from rescue.cases where id = :id)
                         order by c.admitted_at desc, c.id desc limit 1
                        """)
                .param("index", idIndex)
                .param("id", caseId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> returneeOfCase(long caseId) {
        return jdbc.sql("select id from rescue.returnees where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .optional();
    }

    /** The returnee with that ID number, the one still followed first. */
    Optional<Long> returneeWithIndex(String idIndex) {
        return jdbc.sql("select id from rescue.returnees where id_number_index = :index"
                        + " order by status = 'FOLLOWING' desc, returned_on desc, id desc limit 1")
                .param("index", idIndex)
                .query(Long.class)
                .optional();
    }

    /**
     * Links by ID number. A match suggested at intake, or rejected by a person, for the same earlier stay becomes the
     * confirmed link: the number is proof, and the pair stays one row.
     */
    long confirmedByIdNumber(long caseId, Long earlierCaseId, Long returneeId) {
        String conflict = earlierCaseId != null
                ? "(case_id, earlier_case_id) where earlier_case_id is not null"
                : "(case_id, returnee_id) where returnee_id is not null and earlier_case_id is null";
        return jdbc.sql("""
                        insert into rescue.repeat_links (case_id, earlier_case_id, returnee_id, method, reasons, status,
                               decided_by, decided_at)
                        values (:id, :earlier, :returnee, 'ID_NUMBER', 'ID number', 'CONFIRMED', 'system', now())
                        on conflict %s do update
                           set method = 'ID_NUMBER', reasons = 'ID number', status = 'CONFIRMED', score = null,
                               decided_by = 'system', decided_at = now(),
                               returnee_id = coalesce(rescue.repeat_links.returnee_id, excluded.returnee_id)
                        returning id
                        """.formatted(conflict))
                .param("id", caseId)
                .param("earlier", earlierCaseId)
                .param("returnee", returneeId)
                .query(Long.class)
                .single();
    }

    long suggest(long caseId, Long earlierCaseId, Long returneeId, int score, String reasons) {
        return jdbc.sql("""
                        insert into rescue.repeat_links (case_id, earlier_case_id, returnee_id, method, score, reasons,
                               status)
                        values (:id, :earlier, :returnee, 'MATCH', :score, :reasons, 'SUGGESTED')
                        returning id
                        """)
                .param("id", caseId)
                .param("earlier", earlierCaseId)
                .param("returnee", returneeId)
                .param("score", score)
                .param("reasons", reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons)
                .query(Long.class)
                .single();
    }

    /**
     * Earlier released cases since {@code since} and returnees still followed who have no case here, described for
     * the matcher: the earlier person is the one "sought", last seen on the day they left or came home.
     */
    List<EarlierPerson> candidates(long caseId, LocalDate since) {
        List<EarlierPerson> people = new ArrayList<>(jdbc.sql("""
                        select c.*, r.id as returnee_id, %s as released_on from rescue.cases c
                          left join rescue.returnees r on r.case_id = c.id
                         where c.status = 'RELEASED' and c.id <> :id and c.released_at >= :since
                        """.formatted(RELEASE_DATE))
                .param("id", caseId)
                .param("since", since)
                .query((rs, n) -> new EarlierPerson(
                        rs.getLong("id"),
                        (Long) rs.getObject("returnee_id"),
                        rs.getString("number"),
                        caseDescription(rs, rs.getObject("released_on", LocalDate.class))))
                .list());
        people.addAll(jdbc.sql("select * from rescue.returnees where status = 'FOLLOWING' and case_id is null")
                .query((rs, n) -> new EarlierPerson(
                        null,
                        rs.getLong("id"),
                        "returnee " + rs.getLong("id"),
                        EarlierPerson.describe(
                                rs.getString("name"),
                                rs.getString("sex"),
                                rs.getObject("birth_date", LocalDate.class),
                                null,
                                null,
                                null,
                                null,
                                rs.getString("home_region_code"),
                                rs.getString("address"),
                                rs.getObject("returned_on", LocalDate.class))))
                .list());
        return people;
    }

    private static final String LINKS = """
            select l.*,
                   c.id as l_case, c.number as l_number, c.name as l_name, c.sex as l_sex, c.birth_date as l_birth,
                   c.estimated_age as l_age, c.height_cm as l_height, c.features as l_features, c.dialect as l_dialect,
                   c.found_place as l_place, coalesce(c.found_region_code, c.region_code) as l_region,
                   cast(c.admitted_at at time zone 'Asia/Shanghai' as date) as l_date, cs.name as l_station,
                   c.region_code like :prefix || '%' as in_case_scope,
                   e.id as e_case, e.number as e_number, coalesce(e.name, r.name) as e_name,
                   coalesce(e.sex, r.sex) as e_sex, coalesce(e.birth_date, r.birth_date) as e_birth,
                   e.estimated_age as e_age, e.height_cm as e_height, e.features as e_features,
                   e.dialect as e_dialect, coalesce(e.found_place, r.address) as e_place,
                   coalesce(e.found_region_code, e.region_code, r.home_region_code) as e_region,
                   coalesce(cast(e.released_at at time zone 'Asia/Shanghai' as date), r.returned_on) as e_date,
                   es.name as e_station, coalesce(l.returnee_id, er.id) as e_returnee
              from rescue.repeat_links l
              join rescue.cases c on c.id = l.case_id
              join rescue.stations cs on cs.id = c.station_id
              left join rescue.cases e on e.id = l.earlier_case_id
              left join rescue.stations es on es.id = e.station_id
              left join rescue.returnees r on r.id = l.returnee_id
              left join rescue.returnees er on er.case_id = e.id
             where (c.region_code like :prefix || '%' or e.region_code like :prefix || '%'
                    or r.home_region_code like :prefix || '%' or er.home_region_code like :prefix || '%')
            """;

    List<RepeatLink> links(String status, DataScope scope, int limit) {
        return jdbc.sql(LINKS + " and l.status = :status order by l.created_at desc, l.id desc limit :limit")
                .param("prefix", scope.prefix())
                .param("status", status)
                .param("limit", limit)
                .query(RepeatRepository::link)
                .list();
    }

    Optional<RepeatLink> link(long id, DataScope scope) {
        return jdbc.sql(LINKS + " and l.id = :id")
                .param("prefix", scope.prefix())
                .param("id", id)
                .query(RepeatRepository::link)
                .optional();
    }

    int decide(long id, String status, String by) {
        return jdbc.sql("update rescue.repeat_links set status = :status, decided_by = :by, decided_at = now()"
                        + " where id = :id and status = 'SUGGESTED'")
                .param("id", id)
                .param("status", status)
                .param("by", by)
                .update();
    }

    private static RepeatLink link(ResultSet rs, int n) throws SQLException {
        var later = side(rs, "l", (Long) rs.getObject("l_case"), null);
        var earlier = side(rs, "e", (Long) rs.getObject("e_case"), (Long) rs.getObject("e_returnee"));
        var decided = rs.getTimestamp("decided_at");
        return new RepeatLink(
                rs.getLong("id"),
                rs.getString("method"),
                (Integer) rs.getObject("score"),
                rs.getString("reasons"),
                rs.getString("status"),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("in_case_scope"),
                later,
                earlier);
    }

    private static RepeatLink.Side side(ResultSet rs, String p, Long caseId, Long returneeId) throws SQLException {
        LocalDate birth = rs.getObject(p + "_birth", LocalDate.class);
        Integer age = (Integer) rs.getObject(p + "_age");
        LocalDate date = rs.getObject(p + "_date", LocalDate.class);
        var description = EarlierPerson.describe(
                rs.getString(p + "_name"),
                rs.getString(p + "_sex"),
                birth,
                age,
                (Integer) rs.getObject(p + "_height"),
                rs.getString(p + "_features"),
                rs.getString(p + "_dialect"),
                rs.getString(p + "_region"),
                rs.getString(p + "_place"),
                date);
        return new RepeatLink.Side(
                caseId,
                returneeId,
                rs.getString(p + "_number"),
                rs.getString(p + "_name"),
                rs.getString(p + "_sex"),
                description.birthYear(),
                (Integer) rs.getObject(p + "_height"),
                rs.getString(p + "_features"),
                rs.getString(p + "_dialect"),
                rs.getString(p + "_place"),
                date,
                rs.getString(p + "_station"),
                description);
    }

    private static PersonDescription caseDescription(ResultSet rs, LocalDate date) throws SQLException {
        String found = rs.getString("found_region_code");
        return EarlierPerson.describe(
                rs.getString("name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                (Integer) rs.getObject("estimated_age"),
                (Integer) rs.getObject("height_cm"),
                rs.getString("features"),
                rs.getString("dialect"),
                found != null ? found : rs.getString("region_code"),
                rs.getString("found_place"),
                date);
    }
}
