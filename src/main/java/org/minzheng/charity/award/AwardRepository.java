package org.minzheng.charity.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Award cycles and nominations in {@code charity}. A cycle is the city's programme and visible to every charity
 * reader; a nomination is kept by the city or county whose staff entered it and is visible, like projects, within
 * that area and below it. Donors and projects offered on the form follow the same rule.
 */
@Repository
class AwardRepository {

    private static final String CYCLE = """
            select id, name, first_year, last_year, nominations_close, status, published_on, created_by
            from charity.award_cycles
            """;
    private static final String NOMINATION = """
            select n.id, n.cycle_id, n.category, n.nominee, n.donor_id, d.name, n.project_id, p.name, n.deeds,
                   n.publish_consent, n.score, n.winner, n.region_code, n.nominated_by
            from charity.nominations n left join charity.donors d on d.id = n.donor_id
                 left join charity.projects p on p.id = n.project_id
            """;
    private static final String VISIBLE = "(n.region_code like :prefix || '%' or n.region_code in (:above))";

    private final JdbcClient jdbc;

    AwardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AwardCycle> cycles() {
        return jdbc.sql(CYCLE + " order by first_year desc, id desc")
                .query(AwardRepository::cycle)
                .list();
    }

    Optional<AwardCycle> cycle(long id) {
        return jdbc.sql(CYCLE + " where id = :id")
                .param("id", id)
                .query(AwardRepository::cycle)
                .optional();
    }

    /** The cycle, its row locked until the transaction ends, so two winners chosen at once cannot pass the cap. */
    Optional<AwardCycle> lock(long id) {
        return jdbc.sql(CYCLE + " where id = :id for update")
                .param("id", id)
                .query(AwardRepository::cycle)
                .optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from charity.award_cycles where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    long insertCycle(String name, int firstYear, LocalDate close, String createdBy) {
        return jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, created_by)
                        values (:name, :first, :first + 1, :close, :by)
                        returning id
                        """)
                .param("name", name)
                .param("first", firstYear)
                .param("close", close)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    void setStatus(long id, CycleStatus status, LocalDate publishedOn) {
        jdbc.sql("update charity.award_cycles set status = :status, published_on = :on where id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("on", publishedOn)
                .update();
    }

    List<Nomination> nominations(long cycleId, DataScope scope) {
        return jdbc.sql(NOMINATION + " where n.cycle_id = :cycle and " + VISIBLE
                        + " order by n.category, n.winner desc, n.score desc nulls last, n.nominee")
                .param("cycle", cycleId)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(AwardRepository::nomination)
                .list();
    }

    /** The winners of a cycle, whoever entered them: published results are everyone's. */
    List<Nomination> winners(long cycleId) {
        return jdbc.sql(NOMINATION + " where n.cycle_id = :cycle and n.winner"
                        + " order by n.category, n.score desc nulls last, n.nominee")
                .param("cycle", cycleId)
                .query(AwardRepository::nomination)
                .list();
    }

    Optional<Nomination> nomination(long cycleId, long id, DataScope scope) {
        return jdbc.sql(NOMINATION + " where n.cycle_id = :cycle and n.id = :id and " + VISIBLE)
                .param("cycle", cycleId)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(AwardRepository::nomination)
                .optional();
    }

    int winnersIn(long cycleId, AwardCategory category) {
        return jdbc.sql("select count(*) from charity.nominations where cycle_id = :c and category = :k and winner")
                .param("c", cycleId)
                .param("k", category.name())
                .query(Integer.class)
                .single();
    }

    int winnersIn(long cycleId) {
        return jdbc.sql("select count(*) from charity.nominations where cycle_id = :c and winner")
                .param("c", cycleId)
                .query(Integer.class)
                .single();
    }

    boolean nominated(long cycleId, AwardCategory category, String nominee) {
        return jdbc.sql("""
                        select exists (select 1 from charity.nominations
                                       where cycle_id = :c and category = :k and nominee = :n)
                        """)
                .param("c", cycleId)
                .param("k", category.name())
                .param("n", nominee)
                .query(Boolean.class)
                .single();
    }

    long insertNomination(
            long cycleId,
            AwardCategory category,
            String nominee,
            Long donorId,
            Long projectId,
            String deeds,
            boolean consent,
            RegionCode keeping,
            String by) {
        return jdbc.sql("""
                        insert into charity.nominations (cycle_id, category, nominee, donor_id, project_id, deeds,
                            publish_consent, region_code, nominated_by)
                        values (:cycle, :category, :nominee, :donor, :project, :deeds, :consent, :region, :by)
                        returning id
                        """)
                .param("cycle", cycleId)
                .param("category", category.name())
                .param("nominee", nominee)
                .param("donor", donorId)
                .param("project", projectId)
                .param("deeds", deeds)
                .param("consent", consent)
                .param("region", keeping.value())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setScore(long id, int score) {
        jdbc.sql("update charity.nominations set score = :score where id = :id")
                .param("id", id)
                .param("score", score)
                .update();
    }

    void setWinner(long id, boolean winner) {
        jdbc.sql("update charity.nominations set winner = :winner where id = :id")
                .param("id", id)
                .param("winner", winner)
                .update();
    }

    /** Enterprise and organisation donors visible to the staff member whose name contains the text. */
    List<Choice> donors(String text, DataScope scope) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, name from charity.donors
                        where kind in ('ENTERPRISE', 'ORGANISATION')
                          and (region_code like :prefix || '%' or region_code in (:above))
                          and name ilike '%' || :text || '%' escape '\\'
                        order by name limit 20
                        """)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("text", Like.escape(text.strip()))
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Optional<Choice> donor(long id, DataScope scope) {
        return jdbc.sql("""
                        select id, name from charity.donors where id = :id and kind in ('ENTERPRISE', 'ORGANISATION')
                          and (region_code like :prefix || '%' or region_code in (:above))
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    List<Choice> projects(DataScope scope) {
        return jdbc.sql("""
                        select p.id, p.name from charity.projects p
                        where (p.region_code like :prefix || '%' or p.region_code in (:above))
                          and p.status in ('RUNNING', 'CLOSED')
                        order by p.name
                        """)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Optional<Choice> project(long id, DataScope scope) {
        return projects(scope).stream().filter(c -> c.id() == id).findFirst();
    }

    private static List<String> above(DataScope scope) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> parent = scope.root().parent();
        while (parent.isPresent()) {
            codes.add(parent.get().value());
            parent = parent.get().parent();
        }
        if (codes.isEmpty()) {
            codes.add("-");
        }
        return codes;
    }

    private static AwardCycle cycle(ResultSet rs, int n) throws SQLException {
        return new AwardCycle(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getObject(5, LocalDate.class),
                CycleStatus.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getString(8));
    }

    private static Nomination nomination(ResultSet rs, int n) throws SQLException {
        return new Nomination(
                rs.getLong(1),
                rs.getLong(2),
                AwardCategory.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5, Long.class),
                rs.getString(6),
                rs.getObject(7, Long.class),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10),
                rs.getObject(11, Integer.class),
                rs.getBoolean(12),
                rs.getString(13),
                rs.getString(14));
    }
}
