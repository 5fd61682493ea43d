package org.minzheng.charity.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenders and bids; a tender is seen by whoever sees its project. */
@Repository
class TenderRepository {

    private static final String PROJECT_COLUMNS =
            "p.id, p.name, p.status, p.budget_fen, p.region_code, p.starts_on, p.ends_on";
    private static final String TENDER = "select t.id, " + PROJECT_COLUMNS + """
            , t.title, t.scope, t.ceiling_fen, t.opens_on, t.closes_on, t.status, t.created_by,
              (select count(*) from charity.bids b where b.tender_id = t.id)
            from charity.tenders t join charity.projects p on p.id = t.project_id
            """;
    private static final String VISIBLE = Keeping.visible("p.region_code");

    private final JdbcClient jdbc;

    TenderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Tender> search(DataScope scope, Long projectId, TenderStatus status, String text, Pageable page) {
        String where = " where " + VISIBLE + """
                 and (cast(:project as bigint) is null or t.project_id = :project)
                 and (cast(:status as varchar) is null or t.status = :status)
                 and (cast(:text as varchar) is null or t.title ilike '%' || :text || '%' escape '\\'
                      or p.name ilike '%' || :text || '%' escape '\\')
                """;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql(
                        "select count(*) from charity.tenders t join charity.projects p on p.id = t.project_id" + where)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("project", projectId)
                .param("status", statusName)
                .param("text", like)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(TENDER + where + " order by t.closes_on desc, t.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("project", projectId)
                .param("status", statusName)
                .param("text", like);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(TenderRepository::tender).list(), page, total);
    }

    Optional<Tender> find(long id, DataScope scope) {
        return jdbc.sql(TENDER + " where t.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query(TenderRepository::tender)
                .optional();
    }

    /** Locks the tender row so that two awards or a bid and an award cannot cross. */
    TenderStatus lockStatus(long id) {
        return TenderStatus.valueOf(jdbc.sql("select status from charity.tenders where id = :id for update")
                .param("id", id)
                .query(String.class)
                .single());
    }

    Optional<TenderProject> project(long id, DataScope scope) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from charity.projects p where p.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query((rs, n) -> project(rs, 1))
                .optional();
    }

    /** Projects the staff member may open a tender for: kept within their scope and raising money or running. */
    List<TenderProject> tenderingProjects(DataScope scope) {
        return jdbc.sql("select " + PROJECT_COLUMNS + """
                         from charity.projects p
                        where p.region_code like :prefix || '%' and p.status in ('FUNDRAISING', 'RUNNING')
                        order by p.name, p.id
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> project(rs, 1))
                .list();
    }

    long insert(TenderForm form, long ceilingFen, String by) {
        return jdbc.sql("""
                        insert into charity.tenders (project_id, title, scope, ceiling_fen, opens_on, closes_on,
                            created_by)
                        values (:project, :title, :scope, :ceiling, :opens, :closes, :by)
                        returning id
                        """)
                .param("project", form.projectId())
                .param("title", form.title().strip())
                .param("scope", form.scope().strip())
                .param("ceiling", ceilingFen)
                .param("opens", form.opensOn())
                .param("closes", form.closesOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setStatus(long id, TenderStatus status) {
        jdbc.sql("update charity.tenders set status = :status where id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    List<Bid> bids(long tenderId) {
        return jdbc.sql("""
                        select b.id, b.tender_id, b.provider_id, v.name, b.amount_fen, b.proposal, b.score,
                               b.submitted_on, b.recorded_by
                        from charity.bids b join charity.providers v on v.id = b.provider_id
                        where b.tender_id = :tender
                        order by b.submitted_on, b.id
                        """)
                .param("tender", tenderId)
                .query((rs, n) -> new Bid(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(9)))
                .list();
    }

    boolean hasBid(long tenderId, long providerId) {
        return jdbc.sql("select exists (select 1 from charity.bids where tender_id = :t and provider_id = :p)")
                .param("t", tenderId)
                .param("p", providerId)
                .query(Boolean.class)
                .single();
    }

    long insertBid(long tenderId, BidForm form, long amountFen, String by) {
        return jdbc.sql("""
                        insert into charity.bids (tender_id, provider_id, amount_fen, proposal, submitted_on, recorded_by)
                        values (:tender, :provider, :amount, :proposal, :submitted, :by)
                        returning id
                        """)
                .param("tender", tenderId)
                .param("provider", form.providerId())
                .param("amount", amountFen)
                .param("proposal", form.proposal().strip())
                .param("submitted", form.submittedOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setScore(long bidId, int score) {
        jdbc.sql("update charity.bids set score = :score where id = :id")
                .param("id", bidId)
                .param("score", score)
                .update();
    }

    /**
     * The next contract number of the keeping region and year, e.g. HT371600-2026-0001. A transaction-scoped
     * advisory lock on the prefix makes concurrent awards wait for each other instead of taking the same number.
     */
    String nextContractNumber(String regionCode, int year) {
        String prefix = "HT" + regionCode.substring(0, 6) + "-" + year + "-";
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:prefix))")
                .param("prefix", prefix)
                .query((rs, n) -> 0)
                .list();
        int last = jdbc.sql("""
                        select coalesce(max(cast(substring(number from :start) as int)), 0)
                        from charity.contracts where number like :prefix || '%'
                        """)
                .param("start", prefix.length() + 1)
                .param("prefix", prefix)
                .query(Integer.class)
                .single();
        return prefix + String.format("%04d", last + 1);
    }

    long insertContract(Tender tender, Bid bid, String number, AwardForm form, String by) {
        return jdbc.sql("""
                        insert into charity.contracts (tender_id, bid_id, project_id, provider_id, number, amount_fen,
                            signed_on, starts_on, ends_on, created_by)
                        values (:tender, :bid, :project, :provider, :number, :amount, :signed, :starts, :ends, :by)
                        returning id
                        """)
                .param("tender", tender.id())
                .param("bid", bid.id())
                .param("project", tender.project().id())
                .param("provider", bid.providerId())
                .param("number", number)
                .param("amount", bid.amountFen())
                .param("signed", form.signedOn())
                .param("starts", form.startsOn())
                .param("ends", form.endsOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<Long> contractOf(long tenderId) {
        return jdbc.sql("select id from charity.contracts where tender_id = :t")
                .param("t", tenderId)
                .query(Long.class)
                .optional();
    }

    private static Tender tender(ResultSet rs, int n) throws SQLException {
        return new Tender(
                rs.getLong(1),
                project(rs, 2),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class),
                TenderStatus.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getInt(16));
    }

    private static TenderProject project(ResultSet rs, int from) throws SQLException {
        return new TenderProject(
                rs.getLong(from),
                rs.getString(from + 1),
                rs.getString(from + 2),
                rs.getLong(from + 3),
                rs.getString(from + 4),
                rs.getObject(from + 5, LocalDate.class),
                rs.getObject(from + 6, LocalDate.class));
    }
}
