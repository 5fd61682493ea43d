package org.minzheng.region.qr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The villages that get a poster, with the names of the two levels above them, within a data scope. */
@Repository
class PosterRepository {

    private static final String SELECT = """
            select v.code, v.name, v.demo, t.name as township, c.name as county
            from region.regions v
            left join region.regions t on t.code = v.parent_code
            left join region.regions c on c.code = t.parent_code
            where v.level = 'VILLAGE' and v.code like :scope || '%'
            """;

    private final JdbcClient jdbc;
    private final PosterProperties properties;

    PosterRepository(JdbcClient jdbc, PosterProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The village's poster, empty when {@code code} is no village or lies outside {@code scope}. */
    Optional<Poster> village(RegionCode code, DataScope scope) {
        return jdbc.sql(SELECT + " and v.code = :code")
                .param("scope", scope.prefix())
                .param("code", code.value())
                .query(this::map)
                .optional();
    }

    /** Posters of every village in the subtree of {@code region} and within {@code scope}, by code. */
    List<Poster> below(RegionCode region, DataScope scope) {
        return jdbc.sql(SELECT + " and v.code like :region || '%' order by v.code")
                .param("scope", scope.prefix())
                .param("region", region.significantDigits())
                .query(this::map)
                .list();
    }

    private Poster map(ResultSet rs, int rowNum) throws SQLException {
        RegionCode code = RegionCode.of(rs.getString("code"));
        return new Poster(
                code,
                rs.getString("name"),
                rs.getString("township"),
                rs.getString("county"),
                rs.getBoolean("demo"),
                properties.villageUrl(code));
    }
}
