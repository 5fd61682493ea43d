package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For the tests of the tables partitioned by county: their layout, and which partitions a plan reads. */
public final class PartitionedTables {

    private static final int PARTITIONS = 8;

    private PartitionedTables() {}

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
