package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParameterRepository {

    private static final String COLUMNS = """
            id, region_code, name, value_fen, value_decimal, valid_from, valid_until, note, demo,
            recorded_by, recorded_at, superseded_at, superseded_by""";

    private final JdbcClient jdbc;

    ParameterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each standard, the current row that applies to {@code region} on {@code day}: the one set for
     * the nearest enclosing region (a county's own 低保 standard beats the city's), latest start first.
     */
    List<ParameterValue> applying(RegionCode region, LocalDate day) {
        return jdbc
                .sql("select distinct on (name) " + COLUMNS + """
                         from policy.parameters
                        where superseded_at is null
                          and region_code in (:regions)
                          and valid_from <= :day and (valid_until is null or valid_until >= :day)
                        order by name, region_code desc, valid_from desc, id desc""")
                .param("regions", withAncestors(region))
                .param("day", day)
                .query(this::row)
                .list()
                .stream()
                .filter(value -> value.parameter() != null)
                .toList();
    }

    /** Current rows, optionally of one programme and region, ordered for the list page. */
    List<ParameterValue> current(String programme, RegionCode region) {
        List<String> names = namesOf(programme);
        return jdbc.sql("select " + COLUMNS + """
                         from policy.parameters
                        where superseded_at is null
                          and name in (:names)
                          and (cast(:region as char(12)) is null or region_code = :region)
                        order by region_code, name, valid_from desc, id desc""")
                .param("names", names)
                .param("region", region == null ? null : region.value())
                .query(this::row)
                .list();
    }

    /** Every row ever recorded for a standard of a region, superseded ones included, newest first. */
    List<ParameterValue> history(RegionCode region, Parameter parameter) {
        return jdbc.sql("select " + COLUMNS + """
                         from policy.parameters
                        where region_code = :region and name = :name
                        order by recorded_at desc, id desc""")
                .param("region", region.value())
                .param("name", parameter.attribute())
                .query(this::row)
                .list();
    }

    Optional<ParameterValue> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from policy.parameters where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    long insert(
            RegionCode region,
            Parameter parameter,
            Long valueFen,
            BigDecimal valueDecimal,
            LocalDate validFrom,
            LocalDate validUntil,
            String note,
            boolean demo,
            String recordedBy) {
        return jdbc.sql("""
                        insert into policy.parameters (region_code, programme, name, value_fen, value_decimal,
                                                       valid_from, valid_until, note, demo, recorded_by)
                        values (:region, :programme, :name, :fen, :decimal, :from, :until, :note, :demo, :by)
                        returning id""")
                .param("region", region.value())
                .param("programme", parameter.programme())
                .param("name", parameter.attribute())
                .param("fen", valueFen)
                .param("decimal", valueDecimal)
                .param("from", validFrom)
                .param("until", validUntil)
                .param("note", note)
                .param("demo", demo)
                .param("by", recordedBy)
                .query(Long.class)
                .single();
    }

    /** Marks a current row as superseded; false when it was superseded already (a concurrent edit). */
    boolean supersede(long id, String by) {
        return jdbc.sql("""
                        update policy.parameters set superseded_at = now(), superseded_by = :by
                         where id = :id and superseded_at is null""").param("id", id).param("by", by).update() == 1;
    }

    /**
     * A current row of the same standard, region and start day: a second one would make the applying
     * value depend on insertion order, so a correction must supersede it instead.
     */
    Optional<Long> sameStart(RegionCode region, Parameter parameter, LocalDate validFrom) {
        return jdbc.sql("""
                        select id from policy.parameters
                         where superseded_at is null and region_code = :region and name = :name
                           and valid_from = :from""")
                .param("region", region.value())
                .param("name", parameter.attribute())
                .param("from", validFrom)
                .query(Long.class)
                .optional();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from policy.parameters)")
                .query(Boolean.class)
                .single();
    }

    private static List<String> namesOf(String programme) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : Parameter.values()) {
            if (programme == null
                    || programme.isBlank()
                    || parameter.programme().equals(programme)) {
                names.add(parameter.attribute());
            }
        }
        return names.isEmpty() ? List.of("-") : names;
    }

    private static List<String> withAncestors(RegionCode region) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> at = Optional.of(region);
        while (at.isPresent()) {
            codes.add(at.get().value());
            at = at.get().parent();
        }
        return codes;
    }

    private ParameterValue row(ResultSet rs, int n) throws SQLException {
        long fen = rs.getLong("value_fen");
        Long valueFen = rs.wasNull() ? null : fen;
        return new ParameterValue(
                rs.getLong("id"),
                new RegionCode(rs.getString("region_code")),
                Parameter.named(rs.getString("name")).orElse(null),
                valueFen,
                rs.getBigDecimal("value_decimal"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("note"),
                rs.getBoolean("demo"),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("superseded_at")),
                rs.getString("superseded_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
