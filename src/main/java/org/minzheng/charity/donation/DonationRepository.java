package org.minzheng.charity.donation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gifts in {@code charity.donations}, their receipt counters and the projects that may take them. */
@Repository
class DonationRepository {

    private static final String FROM = """
             from charity.donations g
             join charity.donors d on d.id = g.donor_id
             left join charity.projects p on p.id = g.project_id
            """;
    private static final String DONATION = """
            select g.id, g.donor_id, d.name, d.kind, g.amount_fen, g.channel, g.brand, g.fund_name, g.project_id,
                   p.name, g.fund_id, g.pledge_id, g.received_on, g.receipt_number, g.status, g.void_reason,
                   g.region_code, g.demo, g.recorded_by, g.recorded_at
            """ + FROM;
    private static final String FILTER = """
             and (cast(:text as varchar) is null or d.name ilike '%' || :text || '%' escape '\\'
                  or g.receipt_number ilike '%' || :text || '%' escape '\\')
             and (cast(:channel as varchar) is null or g.channel = :channel)
             and (cast(:brand as varchar) is null or g.brand = :brand)
             and (cast(:directed as boolean) is null or g.directed = :directed)
             and (cast(:project as bigint) is null or g.project_id = :project)
             and (cast(:donor as bigint) is null or g.donor_id = :donor)
             and (cast(:from as date) is null or g.received_on >= :from)
             and (cast(:to as date) is null or g.received_on <= :to)
             and (cast(:voided as boolean) is null or (g.status = 'VOID') = :voided)
            """;

    private final JdbcClient jdbc;

    DonationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Donation> search(DataScope scope, DonationSearch search, Pageable page) {
        String where = " where " + KeepingRegion.visible("g") + FILTER;
        long total = filtered(jdbc.sql("select count(*)" + FROM + where), scope, search)
                .query(Long.class)
                .single();
        var statement = filtered(
                jdbc.sql(DONATION + where + " order by " + search.orderBy()
                        + (page.isPaged() ? " limit :limit offset :offset" : "")),
                scope,
                search);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(DonationRepository::donation).list(), page, total);
    }

    DonationTotals totals(DataScope scope, DonationSearch search) {
        return filtered(
                        jdbc.sql("select count(*), count(*) filter (where g.status = 'RECEIVED'),"
                                + " coalesce(sum(g.amount_fen) filter (where g.status = 'RECEIVED'), 0)" + FROM
                                + " where " + KeepingRegion.visible("g") + FILTER),
                        scope,
                        search)
                .query((rs, n) -> new DonationTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private static JdbcClient.StatementSpec filtered(
            JdbcClient.StatementSpec statement, DataScope scope, DonationSearch search) {
        String like = search.text() == null || search.text().isBlank()
                ? null
                : Like.escape(search.text().strip());
        return statement
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("text", like)
                .param(
                        "channel",
                        search.channel() == null ? null : search.channel().name())
                .param("brand", search.brand() == null ? null : search.brand().name())
                .param("directed", search.directed())
                .param("project", search.project())
                .param("donor", search.donor())
                .param("from", search.from())
                .param("to", search.to())
                .param("voided", search.voided());
    }

    Optional<Donation> find(long id, DataScope scope) {
        return jdbc.sql(DONATION + " where g.id = :id and " + KeepingRegion.visible("g"))
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .query(DonationRepository::donation)
                .optional();
    }

    /**
     * The next receipt number of the region's year. The counter row stays locked until the caller's
     * transaction ends, so numbers are handed out one at a time and a rolled-back gift gives its number back.
     */
    String nextReceiptNumber(RegionCode region, int year) {
        int number = jdbc.sql("""
                        insert into charity.receipt_counters (region_code, year, last_number) values (:region, :year, 1)
                        on conflict (region_code, year)
                        do update set last_number = receipt_counters.last_number + 1
                        returning last_number
                        """)
                .param("region", region.value())
                .param("year", year)
                .query(Integer.class)
                .single();
        return ReceiptNumber.format(region, year, number);
    }

    long insert(
            DonationForm form,
            long amountFen,
            long fundId,
            String receiptNumber,
            RegionCode region,
            boolean demo,
            String by) {
        return jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, fund_name, directed,
                            project_id, fund_id, pledge_id, received_on, receipt_number, region_code, demo, recorded_by)
                        values (:donor, :amount, :channel, :brand, :fundName, :directed, :project, :fund, :pledge,
                            :receivedOn, :receipt, :region, :demo, :by)
                        returning id
                        """)
                .param("donor", form.donorId())
                .param("amount", amountFen)
                .param("channel", form.channel().name())
                .param("brand", form.brand().name())
                .param("fundName", form.brand().needsFundName() ? form.fundNameOrNull() : null)
                .param("directed", form.projectId() != null)
                .param("project", form.projectId())
                .param("fund", fundId)
                .param("pledge", form.pledgeId())
                .param("receivedOn", form.receivedOn())
                .param("receipt", receiptNumber)
                .param("region", region.value())
                .param("demo", demo)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void markVoid(long id, String reason) {
        jdbc.sql("update charity.donations set status = 'VOID', void_reason = :reason where id = :id")
                .param("id", id)
                .param("reason", reason)
                .update();
    }

    /** Whether the same gift (donor, amount, day, channel, purpose) was recorded in the last ten minutes. */
    boolean recentTwin(DonationForm form, long amountFen) {
        return jdbc.sql("""
                        select exists (select 1 from charity.donations
                            where donor_id = :donor and amount_fen = :amount and received_on = :on
                              and channel = :channel and project_id is not distinct from :project
                              and status = 'RECEIVED' and recorded_at > now() - interval '10 minutes')
                        """)
                .param("donor", form.donorId())
                .param("amount", amountFen)
                .param("on", form.receivedOn())
                .param("channel", form.channel().name())
                .param("project", form.projectId())
                .query(Boolean.class)
                .single();
    }

    /** "receipt number · donor" of each gift, for the lines of a fund's statement. */
    Map<Long, String> receiptLabels(Collection<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        jdbc.sql("""
                        select g.id, g.receipt_number || ' · ' || d.name from charity.donations g
                        join charity.donors d on d.id = g.donor_id where g.id in (:ids)
                        """)
                .param("ids", ids)
                .query((rs, n) -> labels.put(rs.getLong(1), rs.getString(2)))
                .list();
        return labels;
    }

    /** Projects taking gifts that the staff member may see. */
    List<OpenProject> openProjects(DataScope scope) {
        return jdbc.sql("select p.id, p.name, p.status, p.region_code from charity.projects p where "
                        + KeepingRegion.visible("p") + " and p.status in ('FUNDRAISING', 'RUNNING')"
                        + " order by p.region_code, p.name")
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .query(OpenProject.class)
                .list();
    }

    Optional<OpenProject> openProject(long id, DataScope scope) {
        return openProjects(scope).stream().filter(p -> p.id() == id).findFirst();
    }

    /**
     * The cities and counties within the scope that keep a general fund or have projects: the funds a city
     * staff member may look into.
     */
    List<String> fundRegions(DataScope scope) {
        return jdbc.sql("""
                        select f.region_code from charity.funds f
                        where f.project_id is null and f.region_code like :prefix || '%'
                        union
                        select p.region_code from charity.projects p where p.region_code like :prefix || '%'
                        order by 1
                        """).param("prefix", scope.prefix()).query(String.class).list();
    }

    /** The name of a visible project in any status, for the list's project filter. */
    Optional<String> projectName(long id, DataScope scope) {
        return jdbc.sql("select p.name from charity.projects p where p.id = :id and " + KeepingRegion.visible("p"))
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .query(String.class)
                .optional();
    }

    /** Donors the staff member may record gifts of, by name, for the form's choice. */
    List<DonorChoice> donorChoices(DataScope scope) {
        return jdbc.sql("select d.id, d.name, d.kind from charity.donors d where " + KeepingRegion.visible("d")
                        + " order by d.name limit 2000")
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .query((rs, n) -> new DonorChoice(rs.getLong(1), rs.getString(2), DonorKind.valueOf(rs.getString(3))))
                .list();
    }

    private static Donation donation(ResultSet rs, int n) throws SQLException {
        return new Donation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                DonorKind.valueOf(rs.getString(4)),
                rs.getLong(5),
                DonationChannel.valueOf(rs.getString(6)),
                DonationBrand.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getObject(9, Long.class),
                rs.getString(10),
                rs.getLong(11),
                rs.getObject(12, Long.class),
                rs.getObject(13, LocalDate.class),
                rs.getString(14),
                "VOID".equals(rs.getString(15)),
                rs.getString(16),
                rs.getString(17),
                rs.getBoolean(18),
                rs.getString(19),
                instant(rs.getObject(20, OffsetDateTime.class)));
    }

    private static LocalDateTime instant(OffsetDateTime time) {
        return time == null
                ? null
                : time.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime();
    }
}
