package org.minzheng.lottery.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contracted areas. An outlet lies in the area that covers its own region, its township or its county; since a
 * region is covered by one area at most and areas never nest, that area is unique.
 */
@Repository
class LotteryAreaRepository {

    /** True when the outlet {@code o} lies in the area {@code a}. */
    static final String OUTLET_IN_AREA = " " + """
            exists (select 1 from lottery.area_regions ar where ar.area_id = a.id
                    and ar.region_code in (o.region_code, rpad(substr(o.region_code, 1, 9), 12, '0'),
                                           rpad(substr(o.region_code, 1, 6), 12, '0')))
            """;

    /** The digits of a county or township code that its subdivisions share. */
    private static final String SIGNIFICANT =
            "(case when substr(%1$s, 7) = '000000' then substr(%1$s, 1, 6) else substr(%1$s, 1, 9) end)";

    private static final String SELECT = """
            select a.id, a.name, a.team_id, t.name, a.contract_from, a.contract_to, a.yearly_target_fen, a.note,
                   (select string_agg(r.region_code, ',' order by r.region_code) from lottery.area_regions r
                    where r.area_id = a.id),
                   (select count(*) from lottery.outlets o where o.closed_on is null
                        and o.region_code like :prefix || '%' and """ + OUTLET_IN_AREA + """
                   ),
                   (select coalesce(sum(s.amount_fen), 0) from lottery.sales s join lottery.outlets o on o.id = s.outlet_id
                    where s.sales_date >= :yearStart and o.region_code like :prefix || '%' and """ + OUTLET_IN_AREA + """
                   )
            from lottery.areas a join lottery.teams t on t.id = a.team_id
            """;

    private final JdbcClient jdbc;

    LotteryAreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Area> areas(String prefix, Long teamId) {
        return jdbc.sql(SELECT + " where (cast(:team as bigint) is null or a.team_id = :team) order by a.name")
                .param("prefix", prefix)
                .param("team", teamId)
                .param("yearStart", LocalDate.now().withDayOfYear(1))
                .query(LotteryAreaRepository::area)
                .list();
    }

    Optional<Area> area(long id, String prefix) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .param("prefix", prefix)
                .param("yearStart", LocalDate.now().withDayOfYear(1))
                .query(LotteryAreaRepository::area)
                .optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from lottery.areas where name = :name and id <> coalesce(:id, -1))")
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Regions of other areas that clash with {@code codes}: the same region, or one containing or contained in it
     * (a county of one area and a township of it in another would make an outlet's area ambiguous).
     */
    List<Clash> clashes(Collection<String> codes, Long exceptAreaId) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.region_code, a.name, c.code from lottery.area_regions r
                        join lottery.areas a on a.id = r.area_id
                        join unnest(cast(:codes as varchar[])) as c(code)
                          on r.region_code like """ + SIGNIFICANT.formatted("c.code") + """
                          || '%' or c.code like """ + SIGNIFICANT.formatted("r.region_code") + """
                          || '%'
                        where r.area_id <> coalesce(:except, -1)
                        order by c.code
                        """)
                .param("codes", codes.toArray(String[]::new))
                .param("except", exceptAreaId)
                .query((rs, n) -> new Clash(rs.getString(3), rs.getString(1), rs.getString(2)))
                .list();
    }

    long insert(LotteryAreaForm form, long targetFen) {
        long id = jdbc.sql("""
                        insert into lottery.areas (name, team_id, contract_from, contract_to, yearly_target_fen, note)
                        values (:name, :team, :from, :to, :target, :note) returning id
                        """)
                .param("name", form.name().strip())
                .param("team", form.teamId())
                .param("from", form.contractFrom())
                .param("to", form.contractTo())
                .param("target", targetFen)
                .param("note", LotteryTeamRepository.blankToNull(form.note()))
                .query(Long.class)
                .single();
        regions(id, form.regionCodes());
        return id;
    }

    void update(long id, LotteryAreaForm form, long targetFen) {
        jdbc.sql("""
                        update lottery.areas set name = :name, team_id = :team, contract_from = :from,
                            contract_to = :to, yearly_target_fen = :target, note = :note
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("team", form.teamId())
                .param("from", form.contractFrom())
                .param("to", form.contractTo())
                .param("target", targetFen)
                .param("note", LotteryTeamRepository.blankToNull(form.note()))
                .update();
        jdbc.sql("delete from lottery.area_regions where area_id = :id")
                .param("id", id)
                .update();
        regions(id, form.regionCodes());
    }

    /** Open outlets of the area within the scope, for the area page. */
    List<AreaOutlet> outlets(long areaId, String prefix) {
        return jdbc.sql("""
                        select o.id, o.code, o.name, o.kind, o.region_code, o.opened_on
                        from lottery.outlets o, lottery.areas a
                        where a.id = :id and o.closed_on is null and o.region_code like :prefix || '%' and
                        """ + OUTLET_IN_AREA + " order by o.code")
                .param("id", areaId)
                .param("prefix", prefix)
                .query((rs, n) -> new AreaOutlet(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private void regions(long id, List<String> codes) {
        for (String code : codes.stream().distinct().toList()) {
            jdbc.sql("insert into lottery.area_regions (area_id, region_code) values (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
    }

    private static Area area(ResultSet rs, int n) throws SQLException {
        String codes = rs.getString(9);
        return new Area(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getLong(7),
                rs.getString(8),
                codes == null ? List.of() : Arrays.asList(codes.split(",")),
                rs.getInt(10),
                rs.getLong(11));
    }

    /** {@code requested} clashes with {@code existing}, already in area {@code areaName}. */
    record Clash(String requested, String existing, String areaName) {}

    record AreaOutlet(long id, String code, String name, String kind, String regionCode, LocalDate openedOn) {

        public boolean newChannel() {
            return !"TRADITIONAL".equals(kind);
        }
    }
}
