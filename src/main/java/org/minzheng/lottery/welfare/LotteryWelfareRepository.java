package org.minzheng.lottery.welfare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Public-welfare projects and their grants. */
@Repository
class LotteryWelfareRepository {

    private static final String SELECT = """
            select w.id, w.name, w.partner_id, p.name, w.purpose, w.budget_fen,
                   (select coalesce(sum(g.amount_fen), 0) from lottery.welfare_grants g where g.project_id = w.id),
                   w.started_on, w.ended_on, w.status, w.demo
            from lottery.welfare_projects w left join lottery.partners p on p.id = w.partner_id
            """;

    private final JdbcClient jdbc;

    LotteryWelfareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WelfareProject> projects(String status, String q) {
        return jdbc.sql(SELECT + """
                         where (cast(:status as varchar) is null or w.status = :status)
                           and (cast(:q as varchar) is null or w.name like '%' || :q || '%' escape '\\')
                         order by w.status, w.started_on desc, w.id desc
                        """)
                .param("status", status)
                .param("q", q == null || q.isBlank() ? null : Like.escape(q.strip()))
                .query(LotteryWelfareRepository::project)
                .list();
    }

    Optional<WelfareProject> find(long id) {
        return jdbc.sql(SELECT + " where w.id = :id")
                .param("id", id)
                .query(LotteryWelfareRepository::project)
                .optional();
    }

    /** Locks the project row so that two grants at once cannot both fit into the same remaining budget. */
    void lock(long id) {
        jdbc.sql("select id from lottery.welfare_projects where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from lottery.welfare_projects where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    List<Partner> partners(String prefix) {
        return jdbc.sql("select id, name from lottery.partners where region_code like :prefix || '%' order by name")
                .param("prefix", prefix)
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2)))
                .list();
    }

    long insert(LotteryWelfareProjectForm form, long budgetFen, String by) {
        return jdbc.sql("""
                        insert into lottery.welfare_projects (name, partner_id, purpose, budget_fen, started_on,
                            created_by)
                        values (:name, :partner, :purpose, :budget, :started, :by) returning id
                        """)
                .param("name", form.name().strip())
                .param("partner", form.partnerId())
                .param("purpose", form.purpose().strip())
                .param("budget", budgetFen)
                .param("started", form.startedOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<WelfareGrant> grants(long projectId) {
        return jdbc.sql("""
                        select id, granted_on, amount_fen, purpose, created_by from lottery.welfare_grants
                        where project_id = :id order by granted_on, id
                        """)
                .param("id", projectId)
                .query((rs, n) -> new WelfareGrant(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    long insertGrant(long projectId, LotteryGrantForm form, long amountFen, String by) {
        return jdbc.sql("""
                        insert into lottery.welfare_grants (project_id, granted_on, amount_fen, purpose, created_by)
                        values (:id, :on, :amount, :purpose, :by) returning id
                        """)
                .param("id", projectId)
                .param("on", form.grantedOn())
                .param("amount", amountFen)
                .param("purpose", form.purpose().strip())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void complete(long id, LocalDate endedOn) {
        jdbc.sql("update lottery.welfare_projects set status = 'COMPLETED', ended_on = :ended where id = :id")
                .param("id", id)
                .param("ended", endedOn)
                .update();
    }

    private static WelfareProject project(ResultSet rs, int n) throws SQLException {
        long partner = rs.getLong(3);
        Long partnerId = rs.wasNull() ? null : partner;
        return new WelfareProject(
                rs.getLong(1),
                rs.getString(2),
                partnerId,
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getBoolean(11));
    }

    record Partner(long id, String name) {}
}
