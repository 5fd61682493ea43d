package org.minzheng.region.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a division-code file into the region tree: every line is checked first, and only a file
 * without problems is stored, in one transaction, streamed through COPY and merged with one
 * statement. Imported rows replace generated demo rows of the same code.
 */
@Service
public class DivisionImporter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditLog audit;

    DivisionImporter(JdbcClient jdbc, DataSource dataSource, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /**
     * @param root the importer's region: lines outside it are skipped, and it may itself be created
     *     when the tree is still empty
     * @param demo marks the stored rows as generated demo data
     * @param codeVersion year of the NBS release, or null when unknown
     */
    @Transactional
    public ImportReport importFile(InputStream input, RegionCode root, boolean demo, Integer codeVersion)
            throws IOException {
        DivisionFile.Parsed parsed = DivisionFile.parse(input);
        if (!parsed.problems().isEmpty()) {
            return ImportReport.rejected(
                    parsed.rows().size() + parsed.problems().size(), parsed.problems());
        }
        return importRows(parsed.rows(), root, demo, codeVersion);
    }

    @Transactional
    ImportReport importRows(List<DivisionRow> rows, RegionCode root, boolean demo, Integer codeVersion) {
        List<DivisionRow> inScope =
                rows.stream().filter(row -> root.contains(row.code())).toList();
        int outside = rows.size() - inScope.size();

        Set<String> known = new HashSet<>(jdbc.sql("select code from region.regions where code like :prefix || '%'")
                .param("prefix", root.significantDigits())
                .query(String.class)
                .list());
        boolean rootExists = known.contains(root.value());
        inScope.forEach(row -> known.add(row.code().value()));

        List<ImportProblem> problems = new ArrayList<>();
        var staged = new StringBuilder();
        for (DivisionRow row : inScope) {
            String parent = row.code().parent().map(RegionCode::value).orElse(null);
            boolean isRoot = row.code().equals(root);
            if (isRoot && !rootExists && !tableEmpty()) {
                problems.add(new ImportProblem(row.line(), row.code().value(), "region.import.error.rootMissing"));
                continue;
            }
            if (!isRoot && (parent == null || !known.contains(parent))) {
                problems.add(new ImportProblem(row.line(), row.code().value(), "region.import.error.parentMissing"));
                continue;
            }
            String storedParent = isRoot ? existingOrNull(parent) : parent;
            staged.append(row.code().value())
                    .append(',')
                    .append(csv(row.name()))
                    .append(',')
                    .append(row.code().level().name())
                    .append(',')
                    .append(storedParent == null ? "" : storedParent)
                    .append(',')
                    .append(row.urbanRuralClass() == null ? "" : row.urbanRuralClass())
                    .append('\n');
        }
        if (!problems.isEmpty()) {
            return ImportReport.rejected(rows.size(), problems);
        }
        jdbc.sql("""
                create temporary table import_regions (
                    code varchar(12), name varchar(100), level varchar(10), parent_code varchar(12), urban_rural_class char(3)
                ) on commit drop
                """).update();
        copy(staged.toString());
        List<Boolean> inserted = jdbc.sql("""
                insert into region.regions as r (code, name, level, parent_code, urban_rural_class, demo, code_version, updated_at)
                select code, name, level, parent_code, urban_rural_class, :demo, :codeVersion, now()
                from import_regions order by code
                on conflict (code) do update
                    set name = excluded.name,
                        parent_code = coalesce(excluded.parent_code, r.parent_code),
                        urban_rural_class = coalesce(excluded.urban_rural_class, r.urban_rural_class),
                        demo = excluded.demo,
                        code_version = coalesce(excluded.code_version, r.code_version),
                        updated_at = now()
                returning (xmax = 0)
                """)
                .param("demo", demo)
                .param("codeVersion", codeVersion)
                .query(Boolean.class)
                .list();
        int insertedCount =
                (int) inserted.stream().filter(Boolean::booleanValue).count();
        var report =
                new ImportReport(rows.size(), insertedCount, inserted.size() - insertedCount, outside, List.of(), 0);
        audit.record(AuditEvent.operation("region.division.import", "region.regions", root.value(), root)
                .withDetail("inserted " + report.inserted() + ", updated " + report.updated() + ", outside scope "
                        + report.outsideScope() + (demo ? ", demo" : "")));
        return report;
    }

    private boolean tableEmpty() {
        return !jdbc.sql("select exists (select 1 from region.regions)")
                .query(Boolean.class)
                .single();
    }

    private String existingOrNull(String code) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("select code from region.regions where code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void copy(String csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy import_regions (code, name, level, parent_code, urban_rural_class) from stdin (format csv)",
                            new StringReader(csv));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not stream the division file into PostgreSQL", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
