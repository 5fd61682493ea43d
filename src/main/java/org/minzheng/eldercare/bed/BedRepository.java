package org.minzheng.eldercare.bed;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Beds, their plans and the adaptation catalogue. A bed lies within a scope when the elder's village does; an
 * elder "has a bed" only while one of theirs has not ended.
 */
@Repository
class BedRepository {

    private static final String FILTERS = """
            where b.region_code like :prefix || '%'
              and (:status = '' or b.status = :status)
              and (:village = '' or b.region_code = :village)
            """;

    private final JdbcClient jdbc;

    BedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<BedListing> search(BedSearch search, DataScope scope, Pageable page) {
        long total = filtered("select count(*) from eldercare.beds b " + FILTERS, search, scope)
                .query(Long.class)
                .single();
        List<BedListing> rows = filtered(
                        """
                        select b.id, e.name as elder_name, b.region_code, p.name as provider_name,
                               b.contract_number, b.status
                        from eldercare.beds b
                        join eldercare.elders e on e.id = b.elder_id
                        join eldercare.providers p on p.id = b.provider_id
                        """ + FILTERS + " order by b.created_at desc, b.id desc limit :limit offset :offset",
                        search,
                        scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new BedListing(
                        rs.getLong("id"),
                        rs.getString("elder_name"),
                        rs.getString("region_code"),
                        rs.getString("provider_name"),
                        rs.getString("contract_number"),
                        BedStatus.valueOf(rs.getString("status"))))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, BedSearch search, DataScope scope) {
        return jdbc.sql(sql)
                .param("prefix", scope.prefix())
                .param("status", search.status())
                .param("village", search.village());
    }

    Optional<BedDetails> details(long id, DataScope scope) {
        return jdbc.sql("""
                        select b.*, e.name as elder_name, e.masked_id_number, p.name as provider_name
                        from eldercare.beds b
                        join eldercare.elders e on e.id = b.elder_id
                        join eldercare.providers p on p.id = b.provider_id
                        where b.id = :id and b.region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new BedDetails(
                        rs.getLong("id"),
                        rs.getLong("elder_id"),
                        rs.getString("elder_name"),
                        rs.getString("masked_id_number"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getString("provider_name"),
                        rs.getString("contract_number"),
                        BedStatus.valueOf(rs.getString("status")),
                        rs.getString("created_by"),
                        localDate(rs.getDate("works_ordered_on")),
                        rs.getString("works_ordered_by"),
                        localDate(rs.getDate("accepted_on")),
                        rs.getString("accepted_by"),
                        rs.getString("acceptance_note"),
                        localDate(rs.getDate("closed_on")),
                        rs.getString("closed_by"),
                        rs.getString("closing_reason")))
                .optional();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** What decides whether an elder may have a bed: where they live, their latest level and economic category. */
    Optional<ElderEligibility> elder(long id, DataScope scope) {
        return jdbc.sql("""
                        select e.id, e.name, e.region_code, e.economic_category,
                               (select a.final_level from eldercare.assessments a where a.elder_id = e.id
                                order by a.assessed_on desc, a.id desc limit 1) as final_level,
                               exists (select 1 from eldercare.beds b
                                       where b.elder_id = e.id and b.status not in ('CANCELLED', 'CLOSED')) as has_bed
                        from eldercare.elders e
                        where e.id = :id and e.region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ElderEligibility(
                        rs.getLong("id"),
                        rs.getString("name"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getString("economic_category"),
                        (Integer) rs.getObject("final_level", Integer.class),
                        rs.getBoolean("has_bed")))
                .optional();
    }

    /** The number of the provider's contract valid on {@code today}, when the provider serves the township. */
    Optional<String> contractServing(long providerId, RegionCode township, LocalDate today) {
        return jdbc.sql("""
                        select c.number from eldercare.provider_contracts c
                        where c.provider_id = :provider and :today between c.valid_from and c.valid_to
                          and exists (select 1 from eldercare.provider_areas a
                                      where a.provider_id = c.provider_id and trim(a.township_code) = :township)
                        order by c.valid_to desc, c.id desc limit 1
                        """)
                .param("provider", providerId)
                .param("today", today)
                .param("township", township.value())
                .query(String.class)
                .optional();
    }

    boolean providerExists(long providerId) {
        return jdbc.sql("select count(*) from eldercare.providers where id = :id")
                        .param("id", providerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Choice> elderChoices(DataScope scope) {
        return jdbc.sql("""
                        select e.id, e.name || ' ' || e.masked_id_number as label from eldercare.elders e
                        where e.region_code like :prefix || '%'
                          and not exists (select 1 from eldercare.beds b
                                          where b.elder_id = e.id and b.status not in ('CANCELLED', 'CLOSED'))
                        order by e.name, e.id limit 500
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    /** Providers with a valid contract serving some township within the scope. */
    List<Choice> providerChoices(DataScope scope, LocalDate today) {
        return jdbc.sql("""
                        select p.id, p.name as label from eldercare.providers p
                        where exists (select 1 from eldercare.provider_areas a
                                      where a.provider_id = p.id and trim(a.township_code) like :prefix || '%')
                          and exists (select 1 from eldercare.provider_contracts c
                                      where c.provider_id = p.id and :today between c.valid_from and c.valid_to)
                        order by p.name, p.id
                        """)
                .param("prefix", scope.prefix())
                .param("today", today)
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    long insert(ElderEligibility elder, long providerId, String contractNumber, String staff) {
        return jdbc.sql("""
                        insert into eldercare.beds (elder_id, region_code, provider_id, contract_number, status, created_by)
                        values (:elder, :region, :provider, :contract, 'DRAFT', :staff) returning id
                        """)
                .param("elder", elder.id())
                .param("region", elder.region().value())
                .param("provider", providerId)
                .param("contract", contractNumber)
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    List<CatalogueItem> catalogue() {
        return jdbc.sql("""
                        select i.id, c.name_zh, c.name_en, i.name, i.unit, i.unit_price_fen, i.illustrative
                        from eldercare.modification_items i
                        join eldercare.modification_categories c on c.code = i.category_code
                        order by c.sort_order, i.sort_order, i.id
                        """)
                .query((rs, n) -> new CatalogueItem(
                        rs.getLong("id"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getLong("unit_price_fen"),
                        rs.getBoolean("illustrative")))
                .list();
    }

    List<PlanLine> lines(long bedId) {
        return jdbc.sql("""
                        select l.item_id, i.name, i.unit, l.quantity, l.unit_price_fen, l.co_payment_fen
                        from eldercare.bed_modification_lines l
                        join eldercare.modification_items i on i.id = l.item_id
                        join eldercare.modification_categories c on c.code = i.category_code
                        where l.bed_id = :bed
                        order by c.sort_order, i.sort_order, i.id
                        """)
                .param("bed", bedId)
                .query((rs, n) -> new PlanLine(
                        rs.getLong("item_id"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getInt("quantity"),
                        rs.getLong("unit_price_fen"),
                        rs.getLong("co_payment_fen")))
                .list();
    }

    void replaceLines(long bedId, List<PlanLine> lines) {
        jdbc.sql("delete from eldercare.bed_modification_lines where bed_id = :bed")
                .param("bed", bedId)
                .update();
        for (PlanLine line : lines) {
            jdbc.sql("""
                            insert into eldercare.bed_modification_lines
                                (bed_id, item_id, quantity, unit_price_fen, amount_fen, co_payment_fen)
                            values (:bed, :item, :quantity, :price, :amount, :coPayment)
                            """)
                    .param("bed", bedId)
                    .param("item", line.itemId())
                    .param("quantity", line.quantity())
                    .param("price", line.unitPriceFen())
                    .param("amount", line.amountFen())
                    .param("coPayment", line.coPaymentFen())
                    .update();
        }
    }

    void planned(long bedId, String staff) {
        jdbc.sql("update eldercare.beds set status = 'PLANNED', planned_by = :staff, planned_at = now() where id = :id")
                .param("id", bedId)
                .param("staff", staff)
                .update();
    }

    void worksOrdered(long bedId, LocalDate on, String staff) {
        jdbc.sql("""
                        update eldercare.beds set status = 'WORKS_ORDERED', works_ordered_on = :on, works_ordered_by = :staff
                        where id = :id
                        """).param("id", bedId).param("on", on).param("staff", staff).update();
    }

    void accepted(long bedId, LocalDate on, String staff, String note) {
        jdbc.sql("""
                        update eldercare.beds set status = 'ACTIVE', accepted_on = :on, accepted_by = :staff,
                               acceptance_note = :note
                        where id = :id
                        """)
                .param("id", bedId)
                .param("on", on)
                .param("staff", staff)
                .param("note", note)
                .update();
    }

    /** Ends a bed that is still in one of {@code from}; false when another step got there first. */
    boolean ended(long bedId, List<BedStatus> from, BedStatus to, LocalDate on, String staff, String reason) {
        return jdbc.sql("""
                        update eldercare.beds set status = :to, closed_on = :on, closed_by = :staff,
                               closing_reason = :reason
                        where id = :id and status in (:from)
                        """)
                        .param("id", bedId)
                        .param("from", from.stream().map(BedStatus::name).toList())
                        .param("to", to.name())
                        .param("on", on)
                        .param("staff", staff)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /** The filtered list with dates and plan sums for the Excel export, newest first, at most {@code limit}. */
    List<BedExportRow> export(BedSearch search, DataScope scope, int limit) {
        return filtered("""
                        select b.id, e.name as elder_name, b.region_code, p.name as provider_name,
                               b.contract_number, b.status, (b.created_at at time zone 'Asia/Shanghai')::date as created_on,
                               b.accepted_on,
                               coalesce((select sum(l.amount_fen) from eldercare.bed_modification_lines l
                                         where l.bed_id = b.id), 0) as total_fen,
                               coalesce((select sum(l.co_payment_fen) from eldercare.bed_modification_lines l
                                         where l.bed_id = b.id), 0) as co_payment_fen
                        from eldercare.beds b
                        join eldercare.elders e on e.id = b.elder_id
                        join eldercare.providers p on p.id = b.provider_id
                        """ + FILTERS + " order by b.created_at desc, b.id desc limit :limit", search, scope)
                .param("limit", limit)
                .query((rs, n) -> new BedExportRow(
                        rs.getLong("id"),
                        rs.getString("elder_name"),
                        rs.getString("region_code"),
                        rs.getString("provider_name"),
                        rs.getString("contract_number"),
                        BedStatus.valueOf(rs.getString("status")),
                        localDate(rs.getDate("created_on")),
                        localDate(rs.getDate("accepted_on")),
                        rs.getLong("total_fen"),
                        rs.getLong("co_payment_fen")))
                .list();
    }

    /** @param finalLevel the latest assessment's level, null when never assessed */
    record ElderEligibility(
            long id, String name, RegionCode region, String economicCategory, Integer finalLevel, boolean hasBed) {

        RegionCode township() {
            return RegionCode.of(region.value().substring(0, 9));
        }
    }
}
