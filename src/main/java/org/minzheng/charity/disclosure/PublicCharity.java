package org.minzheng.charity.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public charity page's reads, straight from the records staff keep, so nothing is typed twice. Only what may
 * be published leaves here: projects past the proposal stage, sums, household counts by township, organisations'
 * names, and donors' names only where they consented. No household, person, phone or receipt ever does.
 */
@Repository
class PublicCharity {

    /** Projects the public sees: a proposal is still the bureau's own business. */
    static final String PUBLIC = "p.status in ('FUNDRAISING', 'RUNNING', 'CLOSED')";

    private static final String PROJECT = """
            select p.id, p.name, p.goal, o.name as organisation, p.region_code, p.status, p.starts_on, p.ends_on,
                   p.budget_fen,
                   coalesce(f.received_fen, 0) as received_fen,
                   coalesce(f.spent_fen, 0) as spent_fen,
                   coalesce(f.balance_fen, 0) as balance_fen,
                   (select count(distinct b.household_id) from charity.beneficiaries b where b.project_id = p.id)
                       as beneficiaries,
                   (select count(distinct d.donor_id) from charity.donations d
                    where d.project_id = p.id and d.status = 'RECEIVED') as donors,
                   p.demo
            from charity.projects p
            join charity.organisations o on o.id = p.organisation_id
            left join charity.funds f on f.project_id = p.id
            """;

    private final JdbcClient jdbc;

    PublicCharity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Public projects, open ones first, of one city or county or of all when {@code region} is null. */
    List<PublicProject> projects(String region) {
        return jdbc.sql(PROJECT + " where " + PUBLIC + """
                         and (cast(:region as varchar) is null or p.region_code = :region)
                        order by case p.status when 'RUNNING' then 0 when 'FUNDRAISING' then 1 else 2 end,
                                 p.starts_on desc, p.id desc
                        """)
                .param("region", region)
                .query(PublicProject.class)
                .list();
    }

    Optional<PublicProject> project(long id) {
        return jdbc.sql(PROJECT + " where p.id = :id and " + PUBLIC)
                .param("id", id)
                .query(PublicProject.class)
                .optional();
    }

    /** The cities and counties that have public projects, for the filter. */
    List<String> regions() {
        return jdbc.sql("select distinct p.region_code from charity.projects p where " + PUBLIC
                        + " order by p.region_code")
                .query(String.class)
                .list();
    }

    /**
     * Consenting donors, largest total first: of one project, or of everything (directed and general gifts) when
     * {@code project} is null.
     */
    List<NamedDonor> namedDonors(Long project, int limit) {
        return jdbc.sql("""
                        select d.name, d.kind, count(g.id) as gifts, sum(g.amount_fen) as total_fen
                        from charity.donations g join charity.donors d on d.id = g.donor_id
                        where g.status = 'RECEIVED' and d.named_consent
                          and (cast(:project as bigint) is null or g.project_id = :project)
                        group by d.id, d.name, d.kind
                        order by total_fen desc, d.name
                        limit :limit
                        """)
                .param("project", project)
                .param("limit", limit)
                .query(NamedDonor.class)
                .list();
    }

    UnnamedDonors unnamedDonors(Long project) {
        return jdbc.sql("""
                        select count(distinct d.id) as donors, coalesce(sum(g.amount_fen), 0) as total_fen
                        from charity.donations g join charity.donors d on d.id = g.donor_id
                        where g.status = 'RECEIVED' and not d.named_consent
                          and (cast(:project as bigint) is null or g.project_id = :project)
                        """)
                .param("project", project)
                .query(UnnamedDonors.class)
                .single();
    }

    /**
     * Households helped, by township: the township code is the first nine digits of the village the household lived
     * in when it was added.
     */
    List<TownshipCount> beneficiariesByTownship(long project) {
        return jdbc.sql("""
                        select substr(b.region_code, 1, 9) || '000' as township_code, '' as township_name,
                               count(distinct b.household_id) as households
                        from charity.beneficiaries b
                        where b.project_id = :project
                        group by 1
                        order by 1
                        """)
                .param("project", project)
                .query(TownshipCount.class)
                .list();
    }

    List<PurchasedService> purchasedServices(long project) {
        return jdbc.sql("""
                        select pr.name as provider, c.number as contract_number, c.amount_fen as contract_fen,
                               coalesce((select sum(pay.amount_fen) from charity.payments pay
                                         where pay.contract_id = c.id), 0) as paid_fen,
                               c.status
                        from charity.contracts c join charity.providers pr on pr.id = c.provider_id
                        where c.project_id = :project
                        order by c.signed_on, c.id
                        """)
                .param("project", project)
                .query(PurchasedService.class)
                .list();
    }

    /**
     * The project's months, oldest first: gifts by the day received, money passed in or out by the day it moved,
     * payments by the day paid.
     */
    List<MonthFlow> months(long project) {
        return jdbc.sql("""
                        with flows as (
                            select d.received_on as day, d.amount_fen as in_fen, 0 as out_fen
                            from charity.donations d where d.project_id = :project and d.status = 'RECEIVED'
                            union all
                            select (t.made_at at time zone 'Asia/Shanghai')::date,
                                   case when t.to_fund_id = f.id then t.amount_fen else 0 end,
                                   case when t.from_fund_id = f.id then t.amount_fen else 0 end
                            from charity.fund_transfers t
                            join charity.funds f on f.id in (t.from_fund_id, t.to_fund_id) and f.project_id = :project
                            union all
                            select pay.paid_on, 0, pay.amount_fen
                            from charity.payments pay where pay.project_id = :project
                        )
                        select date_trunc('month', day)::date as month, sum(in_fen) as in_fen, sum(out_fen) as out_fen
                        from flows
                        group by 1
                        order by 1
                        """)
                .param("project", project)
                .query((rs, n) ->
                        new MonthFlow(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /**
     * The headline of a city or county (all when {@code region} is null): what came in, what went out, what its funds
     * hold. Money moved between two funds of the area (an allocation, a leftover) is neither: it stays in the area.
     * Money moved to or from another area's fund (the city allocating to a county's project) counts as going out of
     * one and into the other. So in = out + held for every area, as for every fund.
     */
    Totals totals(String region) {
        return jdbc.sql("""
                        with lines as (
                            select e.direction, e.amount_fen,
                                   t.id is not null
                                       and (cast(:region as varchar) is null or other.region_code = :region)
                                       as within
                            from charity.ledger_entries e
                            join charity.funds f on f.id = e.fund_id
                            left join charity.fund_transfers t on t.id = e.transfer_id
                            left join charity.funds other on other.id =
                                case when e.direction = 'IN' then t.from_fund_id else t.to_fund_id end
                            where cast(:region as varchar) is null or f.region_code = :region
                        )
                        select coalesce(sum(amount_fen) filter (where direction = 'IN' and not within), 0)
                                   as received_fen,
                               coalesce(sum(amount_fen) filter (where direction = 'OUT' and not within), 0)
                                   as spent_fen,
                               (select coalesce(sum(f2.balance_fen), 0) from charity.funds f2
                                where cast(:region as varchar) is null or f2.region_code = :region) as balance_fen
                        from lines
                        """).param("region", region).query(Totals.class).single();
    }

    record Totals(long receivedFen, long spentFen, long balanceFen) {}

    /** Whether the file is a third-party audit report, the only kind of charity file the public may download. */
    boolean isAuditReport(String attachmentId) {
        return jdbc.sql("select exists (select 1 from charity.audit_reports where attachment_id = :id)")
                .param("id", attachmentId)
                .query(Boolean.class)
                .single();
    }
}
