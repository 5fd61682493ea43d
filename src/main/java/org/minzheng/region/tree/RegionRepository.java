package org.minzheng.region.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of {@code region.regions}; scoped reads filter on the indexed code prefix. */
@Repository
class RegionRepository implements Regions {

    private static final String SELECT = """
            select r.code, r.name, r.level, r.parent_code, r.urban_rural_class, r.demo,
                   (select count(*) from region.regions c where c.parent_code = r.code) as child_count
            from region.regions r
            """;

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegionSummary> find(RegionCode code) {
        return jdbc.sql(SELECT + " where r.code = :code")
                .param("code", code.value())
                .query(RegionRepository::map)
                .optional();
    }

    @Override
    public Optional<RegionSummary> find(RegionCode code, DataScope scope) {
        return jdbc.sql(SELECT + " where r.code = :code and r.code like :prefix || '%'")
                .param("code", code.value())
                .param("prefix", scope.prefix())
                .query(RegionRepository::map)
                .optional();
    }

    @Override
    public String nameOf(RegionCode code) {
        return jdbc.sql("select name from region.regions where code = :code")
                .param("code", code.value())
                .query(String.class)
                .optional()
                .orElse(code.value());
    }

    @Override
    public Map<RegionCode, String> namesOf(Collection<RegionCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select code, name from region.regions where code in (:codes)")
                .param("codes", codes.stream().map(RegionCode::value).distinct().toList())
                .query((rs, n) -> Map.entry(RegionCode.of(rs.getString(1)), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<RegionSummary> path(RegionCode code) {
        return jdbc.sql("""
                with recursive up as (
                    select code, parent_code, 0 as depth from region.regions where code = :code
                    union all
                    select r.code, r.parent_code, up.depth + 1 from region.regions r join up on r.code = up.parent_code
                )
                """ + SELECT + " join up on up.code = r.code order by up.depth desc")
                .param("code", code.value())
                .query(RegionRepository::map)
                .list();
    }

    @Override
    public List<RegionSummary> children(RegionCode code, DataScope scope) {
        return jdbc.sql(SELECT + " where r.parent_code = :code and r.code like :prefix || '%' order by r.code")
                .param("code", code.value())
                .param("prefix", scope.prefix())
                .query(RegionRepository::map)
                .list();
    }

    @Override
    public List<RegionSummary> within(DataScope scope) {
        return jdbc.sql(SELECT + " where r.code like :prefix || '%' order by r.code")
                .param("prefix", scope.prefix())
                .query(RegionRepository::map)
                .list();
    }

    @Override
    public List<RegionSummary> within(DataScope scope, RegionLevel level) {
        return jdbc.sql(SELECT + " where r.code like :prefix || '%' and r.level = :level order by r.code")
                .param("prefix", scope.prefix())
                .param("level", level.name())
                .query(RegionRepository::map)
                .list();
    }

    /** All regions of the subtree under {@code code}, for export; the caller checks the scope. */
    List<RegionSummary> subtree(RegionCode code) {
        return jdbc.sql(SELECT + " where r.code like :prefix || '%' order by r.code")
                .param("prefix", code.significantDigits())
                .query(RegionRepository::map)
                .list();
    }

    Page<RegionSummary> search(String text, DataScope scope, Pageable pageable) {
        String where = """
                where r.code like :prefix || '%'
                  and (r.name like '%' || :text || '%' or r.code like :text || '%')
                """;
        long total = jdbc.sql("select count(*) from region.regions r " + where)
                .param("prefix", scope.prefix())
                .param("text", Like.escape(text))
                .query(Long.class)
                .single();
        List<RegionSummary> rows = jdbc.sql(SELECT + where + " order by r.code limit :limit offset :offset")
                .param("prefix", scope.prefix())
                .param("text", Like.escape(text))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(RegionRepository::map)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** How many regions of each level lie strictly below {@code code}. */
    Map<RegionLevel, Long> countBelow(RegionCode code) {
        Map<RegionLevel, Long> counts = new EnumMap<>(RegionLevel.class);
        jdbc.sql(
                        "select level, count(*) from region.regions where code like :prefix || '%' and code <> :code group by level")
                .param("prefix", code.significantDigits())
                .param("code", code.value())
                .query((rs, n) -> Map.entry(RegionLevel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    long countDemo(RegionCode code) {
        return jdbc.sql("select count(*) from region.regions where demo and code like :prefix || '%'")
                .param("prefix", code.significantDigits())
                .query(Long.class)
                .single();
    }

    private static RegionSummary map(ResultSet rs, int rowNum) throws SQLException {
        String parent = rs.getString("parent_code");
        return new RegionSummary(
                RegionCode.of(rs.getString("code")),
                rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")),
                parent == null ? null : RegionCode.of(parent),
                rs.getString("urban_rural_class"),
                rs.getBoolean("demo"),
                rs.getInt("child_count"));
    }
}
