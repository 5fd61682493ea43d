package org.minzheng.charity.donation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pledges in {@code charity.pledges}, each with the sum of the valid gifts naming it and its status. */
@Repository
class PledgeRepository {

    private static final String FROM = """
             from charity.pledges l
             join charity.donors d on d.id = l.donor_id
             left join charity.projects p on p.id = l.project_id
             cross join lateral (select coalesce(sum(g.amount_fen), 0) as fulfilled_fen from charity.donations g
                                 where g.pledge_id = l.id and g.status = 'RECEIVED') f
            """;
    private static final String PLEDGE = "select l.id, l.donor_id, d.name, l.project_id, p.name, l.amount_fen,"
            + " f.fulfilled_fen, l.pledged_on, l.due_on, l.note, " + PledgeStatus.SQL
            + ", l.region_code, l.created_by" + FROM;
    private static final String FILTER = """
             and (cast(:text as varchar) is null or d.name ilike '%' || :text || '%' escape '\\')
             and (cast(:project as bigint) is null or l.project_id = :project)
             and (cast(:donor as bigint) is null or l.donor_id = :donor)
             and (cast(:status as varchar) is null or (""" + PledgeStatus.SQL + ") = :status)\n";

    private final JdbcClient jdbc;

    PledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Pledge> search(
            DataScope scope,
            String text,
            Long project,
            Long donor,
            PledgeStatus status,
            LocalDate today,
            Pageable page) {
        String where = " where " + KeepingRegion.visible("l") + FILTER;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("select count(*)" + FROM + where)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("text", like)
                .param("project", project)
                .param("donor", donor)
                .param("status", statusName)
                .param("today", today)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(PLEDGE + where + " order by l.due_on desc, l.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("text", like)
                .param("project", project)
                .param("donor", donor)
                .param("status", statusName)
                .param("today", today);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(PledgeRepository::pledge).list(), page, total);
    }

    Optional<Pledge> find(long id, DataScope scope, LocalDate today) {
        return jdbc.sql(PLEDGE + " where l.id = :id and " + KeepingRegion.visible("l"))
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("today", today)
                .query(PledgeRepository::pledge)
                .optional();
    }

    /** The donor's pledges that gifts may still name: not cancelled. */
    List<Pledge> ofDonor(long donorId, DataScope scope, LocalDate today) {
        return jdbc.sql(PLEDGE + " where l.donor_id = :donor and " + KeepingRegion.visible("l")
                        + " order by l.pledged_on desc, l.id desc")
                .param("donor", donorId)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("today", today)
                .query(PledgeRepository::pledge)
                .list();
    }

    long insert(PledgeForm form, long amountFen, RegionCode region, String by) {
        return jdbc.sql("""
                        insert into charity.pledges (donor_id, project_id, amount_fen, pledged_on, due_on, note,
                            region_code, created_by)
                        values (:donor, :project, :amount, :pledged, :due, :note, :region, :by)
                        returning id
                        """)
                .param("donor", form.donorId())
                .param("project", form.projectId())
                .param("amount", amountFen)
                .param("pledged", form.pledgedOn())
                .param("due", form.dueOn())
                .param("note", form.noteOrNull())
                .param("region", region.value())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void cancel(long id) {
        jdbc.sql("update charity.pledges set cancelled = true where id = :id")
                .param("id", id)
                .update();
    }

    private static Pledge pledge(ResultSet rs, int n) throws SQLException {
        return new Pledge(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                PledgeStatus.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getString(13));
    }
}
