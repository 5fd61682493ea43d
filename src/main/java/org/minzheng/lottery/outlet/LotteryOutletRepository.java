package org.minzheng.lottery.outlet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outlets in {@code lottery}, with the names of partner, agreement, teams, members and the contracted area joined
 * in. An outlet's area is the one covering its region, its township or its county.
 */
@Repository
class LotteryOutletRepository {

    /** Sort keys of the list and the SQL each stands for; anything else sorts by opening date. */
    static final Map<String, String> SORTS = Map.of(
            "code", "o.code, o.id",
            "name", "o.name, o.id",
            "kind", "o.kind, o.code",
            "region", "o.region_code, o.code",
            "opened", "o.opened_on desc, o.id desc",
            "oldest", "o.opened_on, o.id");

    private static final String AREA = """
            (select a.id from lottery.area_regions ar join lottery.areas a on a.id = ar.area_id
             where ar.region_code in (o.region_code, rpad(substr(o.region_code, 1, 9), 12, '0'),
                                      rpad(substr(o.region_code, 1, 6), 12, '0')) limit 1)
            """;
    private static final String SELECT = """
            select o.id, o.code, o.name, o.kind, o.address, o.region_code, o.partner_id, p.name, o.agreement_id,
                   g.number, o.opened_on, o.closed_on, o.close_reason, o.opened_by_team_id, ot.name,
                   o.opened_by_member_id, om.name, o.serviced_by_team_id, st.name, o.serviced_by_member_id, sm.name,
                   (select a.name from lottery.areas a where a.id = x.area_id), x.area_id, o.demo
            from lottery.outlets o
            left join lottery.partners p on p.id = o.partner_id
            left join lottery.agreements g on g.id = o.agreement_id
            join lottery.teams ot on ot.id = o.opened_by_team_id
            left join lottery.team_members om on om.id = o.opened_by_member_id
            join lottery.teams st on st.id = o.serviced_by_team_id
            left join lottery.team_members sm on sm.id = o.serviced_by_member_id
            cross join lateral (select """ + AREA + """
                as area_id) x
            """;
    private static final String FILTER = """
             where o.region_code like :prefix || '%'
               and (cast(:kind as varchar) is null or o.kind = :kind)
               and (cast(:county as varchar) is null or o.region_code like :county || '%')
               and (cast(:partner as bigint) is null or o.partner_id = :partner)
               and (cast(:team as bigint) is null or o.opened_by_team_id = :team or o.serviced_by_team_id = :team)
               and (cast(:status as varchar) is null or (:status = 'open') = (o.closed_on is null))
               and (cast(:year as int) is null or extract(year from o.opened_on) = :year)
               and (cast(:q as varchar) is null or o.name like '%' || :q || '%' escape '\\' or o.code = :q
                    or o.address like '%' || :q || '%' escape '\\')
            """;

    private final JdbcClient jdbc;

    LotteryOutletRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Outlet> search(String prefix, OutletSearch search, Pageable page) {
        long total = filtered("select count(*) from lottery.outlets o" + FILTER, prefix, search)
                .query(Long.class)
                .single();
        var statement = filtered(
                SELECT + FILTER + " order by " + SORTS.getOrDefault(search.sort(), SORTS.get("opened"))
                        + (page.isPaged() ? " limit :limit offset :offset" : ""),
                prefix,
                search);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(LotteryOutletRepository::outlet).list(), page, total);
    }

    /** Per kind: outlets open now and outlets opened this year, within the scope. */
    List<KindCount> perKind(String prefix) {
        return jdbc.sql("""
                        select kind, count(*) filter (where closed_on is null),
                               count(*) filter (where opened_on >= :yearStart)
                        from lottery.outlets where region_code like :prefix || '%'
                        group by kind
                        """)
                .param("prefix", prefix)
                .param("yearStart", LocalDate.now().withDayOfYear(1))
                .query((rs, n) -> new KindCount(OutletKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    Optional<Outlet> find(long id, String prefix) {
        return jdbc.sql(SELECT + " where o.id = :id and o.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", prefix)
                .query(LotteryOutletRepository::outlet)
                .optional();
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from lottery.outlets where code = :code and id <> coalesce(:id, -1))")
                .param("code", code)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(LotteryOutletForm form, String createdBy) {
        return bind(jdbc.sql("""
                                insert into lottery.outlets (code, name, kind, address, region_code, partner_id,
                                    agreement_id, opened_on, opened_by_team_id, opened_by_member_id,
                                    serviced_by_team_id, serviced_by_member_id, created_by)
                                values (:code, :name, :kind, :address, :region, :partner, :agreement, :opened,
                                    :openedTeam, :openedMember, :servicedTeam, :servicedMember, :by)
                                returning id
                                """), form)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    void update(long id, LotteryOutletForm form) {
        bind(jdbc.sql("""
                                update lottery.outlets set code = :code, name = :name, kind = :kind,
                                    address = :address, region_code = :region, partner_id = :partner,
                                    agreement_id = :agreement, opened_on = :opened, opened_by_team_id = :openedTeam,
                                    opened_by_member_id = :openedMember, serviced_by_team_id = :servicedTeam,
                                    serviced_by_member_id = :servicedMember, updated_at = now()
                                where id = :id
                                """), form).param("id", id).update();
    }

    void close(long id, LocalDate closedOn, String reason) {
        jdbc.sql("update lottery.outlets set closed_on = :closed, close_reason = :reason, updated_at = now()"
                        + " where id = :id")
                .param("id", id)
                .param("closed", closedOn)
                .param("reason", reason)
                .update();
    }

    List<Choice> partners(String prefix) {
        return jdbc.sql("select id, name, null from lottery.partners where region_code like :prefix || '%'"
                        + " order by name")
                .param("prefix", prefix)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2), null))
                .list();
    }

    Optional<Choice> partner(long id, String prefix) {
        return partners(prefix).stream().filter(p -> p.id() == id).findFirst();
    }

    /** Agreements to choose from, labelled with their partner; {@code group} holds the partner id. */
    List<AgreementChoice> agreements(String prefix) {
        return jdbc.sql("""
                        select a.id, a.number, a.partner_id, p.name, a.valid_from, a.valid_to, a.status
                        from lottery.agreements a join lottery.partners p on p.id = a.partner_id
                        where p.region_code like :prefix || '%'
                        order by p.name, a.valid_from desc
                        """)
                .param("prefix", prefix)
                .query((rs, n) -> new AgreementChoice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    List<Choice> teams() {
        return jdbc.sql(
                        "select id, name, kind from lottery.teams order by kind = 'CHANNEL_DEPARTMENT' desc, kind, name")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2), null))
                .list();
    }

    /** Members with their team in {@code group}; those who left are included so that old outlets still edit. */
    List<Choice> members() {
        return jdbc.sql("""
                        select m.id, m.name || case when m.left_on is null then '' else ' (' || m.left_on || ')' end,
                               m.team_id
                        from lottery.team_members m join lottery.teams t on t.id = m.team_id
                        order by t.name, m.left_on is not null, m.name
                        """)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Team of the member, empty when there is no such member. */
    Optional<Long> teamOf(long memberId) {
        return jdbc.sql("select team_id from lottery.team_members where id = :id")
                .param("id", memberId)
                .query(Long.class)
                .optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LotteryOutletForm form) {
        return statement
                .param("code", form.code().strip())
                .param("name", form.name().strip())
                .param("kind", form.kind())
                .param("address", form.address().strip())
                .param("region", form.regionCode())
                .param("partner", form.partnerId())
                .param("agreement", form.agreementId())
                .param("opened", form.openedOn())
                .param("openedTeam", form.openedByTeamId())
                .param("openedMember", form.openedByMemberId())
                .param("servicedTeam", form.servicedByTeamId())
                .param("servicedMember", form.servicedByMemberId());
    }

    private JdbcClient.StatementSpec filtered(String sql, String prefix, OutletSearch s) {
        return jdbc.sql(sql)
                .param("prefix", prefix)
                .param("kind", s.kind() == null ? null : s.kind().name())
                .param("county", s.county())
                .param("partner", s.partner())
                .param("team", s.team())
                .param("status", s.status())
                .param("year", s.year())
                .param("q", s.q() == null || s.q().isBlank() ? null : Like.escape(s.q().strip()));
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Outlet outlet(ResultSet rs, int n) throws SQLException {
        return new Outlet(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                OutletKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                longOrNull(rs, 7),
                rs.getString(8),
                longOrNull(rs, 9),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                rs.getLong(14),
                rs.getString(15),
                longOrNull(rs, 16),
                rs.getString(17),
                rs.getLong(18),
                rs.getString(19),
                longOrNull(rs, 20),
                rs.getString(21),
                rs.getString(22),
                longOrNull(rs, 23),
                rs.getBoolean(24));
    }

    /**
     * @param county significant digits of a county, or null
     * @param status "open", "closed" or null
     */
    record OutletSearch(
            OutletKind kind,
            String county,
            Long partner,
            Long team,
            String status,
            Integer year,
            String q,
            String sort) {}

    record KindCount(OutletKind kind, int open, int openedThisYear) {}

    /** Something to pick in a form; {@code group} is the team of a member. */
    record Choice(long id, String label, Long group) {}

    record AgreementChoice(
            long id,
            String number,
            long partnerId,
            String partnerName,
            LocalDate validFrom,
            LocalDate validTo,
            String status) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validTo);
        }
    }
}
