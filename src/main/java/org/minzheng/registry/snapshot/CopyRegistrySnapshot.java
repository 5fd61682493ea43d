package org.minzheng.registry.snapshot;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the registry through {@code COPY … TO STDOUT}: PostgreSQL streams one message per row and the
 * rows are cut into households here, so a million households cost one pass and one household of memory.
 * A result set would do the same at two to three times the cost per row.
 */
@Component
class CopyRegistrySnapshot implements RegistrySnapshot {

    private static final String SELECT = """
            select h.id, h.number, h.region_code, h.hukou_type, array_to_string(h.categories, ','), h.assets_fen,
                   p.id, p.name, p.sex, p.birth_date, p.relationship, p.head, p.disability_category,
                   p.disability_grade, p.work_ability, p.monthly_income_fen
            from registry.households h join registry.persons p on p.household_id = h.id
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CopyRegistrySnapshot(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public long forEach(RegionCode region, Consumer<HouseholdFacts> consumer) {
        // the prefix is digits only (RegionCode checked it), so it can stand in the COPY text
        String where = "where h.region_code like '" + region.significantDigits() + "%'";
        return copy(where, consumer);
    }

    @Override
    public long count(RegionCode region) {
        return jdbc.sql("select count(*) from registry.households where region_code like :prefix || '%'")
                .param("prefix", region.significantDigits())
                .query(Long.class)
                .single();
    }

    @Override
    public List<HouseholdFacts> of(Collection<HouseholdId> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        String ids = households.stream().map(id -> Long.toString(id.value())).collect(Collectors.joining(","));
        List<HouseholdFacts> found = new ArrayList<>();
        copy("where h.id in (" + ids + ")", found::add);
        return found;
    }

    private long copy(String where, Consumer<HouseholdFacts> consumer) {
        String sql = "copy (" + SELECT + where + " order by h.id, p.head desc, p.id) to stdout";
        try (Connection connection = dataSource.getConnection()) {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            try {
                return read(copy, consumer);
            } finally {
                if (copy.isActive()) {
                    // the consumer gave up half way: end the copy so the connection goes back clean
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("registry snapshot failed", e);
        }
    }

    private static long read(CopyOut copy, Consumer<HouseholdFacts> consumer) throws SQLException {
        long households = 0;
        Assembly current = null;
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            String[] fields = CopyText.fields(new String(row, StandardCharsets.UTF_8), 16);
            long householdId = Long.parseLong(fields[0]);
            if (current == null || current.id != householdId) {
                if (current != null) {
                    consumer.accept(current.facts());
                    households++;
                }
                current = new Assembly(householdId, fields);
            }
            current.members.add(member(fields));
        }
        if (current != null) {
            consumer.accept(current.facts());
            households++;
        }
        return households;
    }

    private static MemberFacts member(String[] f) {
        return new MemberFacts(
                Long.parseLong(f[6]),
                f[7],
                Sex.ofGbCode(f[8]),
                LocalDate.parse(f[9]),
                f[10],
                "t".equals(f[11]),
                f[12],
                grade(f[13]),
                WorkAbility.valueOf(f[14]),
                f[15] == null ? null : Long.valueOf(f[15]));
    }

    private static Integer grade(String code) {
        if (code == null || code.length() != 1 || !Character.isDigit(code.charAt(0))) {
            return null;
        }
        return code.charAt(0) - '0';
    }

    /** The household columns of its first row, and its members as they come. */
    private static final class Assembly {
        final long id;
        final String number;
        final String village;
        final String hukou;
        final String categories;
        final String assets;
        final List<MemberFacts> members = new ArrayList<>(4);

        Assembly(long id, String[] f) {
            this.id = id;
            this.number = f[1];
            this.village = f[2];
            this.hukou = f[3];
            this.categories = f[4];
            this.assets = f[5];
        }

        HouseholdFacts facts() {
            Set<HouseholdCategory> set = new HashSet<>(4);
            if (categories != null && !categories.isEmpty()) {
                for (String code : categories.split(",")) {
                    HouseholdCategory.ofCode(code).ifPresent(set::add);
                }
            }
            return new HouseholdFacts(
                    new HouseholdId(id),
                    number,
                    RegionCode.of(village),
                    HukouType.valueOf(hukou),
                    set,
                    assets == null ? null : Long.valueOf(assets),
                    members);
        }
    }
}
