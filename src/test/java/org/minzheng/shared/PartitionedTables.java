package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For the tests of the tables partitioned by county: their layout, and which partitions a plan reads. */
public final class PartitionedTables {

    /** A village of 沾化区, another county than the fixtures' 滨城区 villages; the demo data has none there. */
    public static final RegionCode ZHANHUA_VILLAGE = RegionCode.of("371603001201");

    private static final int PARTITIONS = 8;

    private PartitionedTables() {}

    /** Adds {@link #ZHANHUA_VILLAGE} to the region tree, once. */
    public static void addZhanhuaVillage(JdbcClient jdbc) {
        jdbc.sql("""
                        insert into region.regions (code, name, level, parent_code)
                        values (:village, '分区测试村', 'VILLAGE', '371603001000')
                        on conflict (code) do nothing
                        """).param("village", ZHANHUA_VILLAGE.value()).update();
    }

    /** The EXPLAIN output of a list statement with these parameters, on its first page of twenty. */
    public static String plan(JdbcClient jdbc, String sql, Map<String, Object> params) {
        return String.join(
                "\n",
                jdbc.sql("explain " + sql)
                        .params(params)
                        .param("limit", 20)
                        .param("offset", 0)
                        .query(String.class)
                        .list());
    }

    /** Asserts that {@code schema.table} is hash-partitioned by county_code into {@code table_p0} … {@code _p7}. */
    public static void assertPartitionedByCounty(JdbcClient jdbc, String schema, String table) {
        String qualified = schema + "." + table;
        assertThat(jdbc.sql("select pg_get_partkeydef(cast(:table as regclass))")
                        .param("table", qualified)
                        .query(String.class)
                        .single())
                .as(qualified)
                .isEqualTo("HASH (county_code)");
        assertThat(jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = cast(:table as regclass) order by c.relname
                        """).param("table", qualified).query(String.class).list())
                .as(qualified)
                .containsExactlyElementsOf(IntStream.range(0, PARTITIONS)
                        .mapToObj(n -> table + "_p" + n)
                        .toList());
    }

    /** The partitions of {@code table} (no schema) an EXPLAIN output names, e.g. {@code households_p3}. */
    public static TreeSet<String> partitionsOf(String table, String plan) {
        var found = new TreeSet<String>();
        Matcher partition =
                Pattern.compile("\\b" + Pattern.quote(table) + "_p\\d").matcher(plan);
        while (partition.find()) {
            found.add(partition.group());
        }
        return found;
    }
}
