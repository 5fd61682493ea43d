package org.minzheng.registry.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Loads checked rows into {@code registry.import_rows} through {@code COPY … FROM STDIN} in PostgreSQL's
 * text format, on a connection of its own: a million rows cost one statement instead of a million inserts.
 * Rows are sent in chunks as they are checked; nothing is visible to others until {@link #finish()}.
 */
final class StagingCopy implements AutoCloseable {

    private static final String COPY = """
            copy registry.import_rows (batch_id, line, household_key, head, region_code, address, hukou_type,
                categories, assets_fen, name, id_number_masked, id_number_cipher, id_number_index, sex, birth_date,
                relationship, work_ability, disability_category, disability_grade, monthly_income_fen, problem,
                problem_detail, outcome) from stdin
            """;
    private static final HexFormat HEX = HexFormat.of();

    private final Connection connection;
    private final CopyIn copy;
    private final String batchId;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private long rows;

    StagingCopy(DataSource dataSource, long batchId) {
        this.batchId = Long.toString(batchId);
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot start the staging COPY", e);
        }
    }

    void write(List<StagedRow> chunk) {
        text.setLength(0);
        for (StagedRow row : chunk) {
            append(row);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("staging COPY failed", e);
        }
        rows += chunk.size();
    }

    /** @return the rows loaded */
    long finish() {
        try {
            copy.endCopy();
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("staging COPY failed", e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closed below either way; nothing of an unfinished COPY was committed
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // returned to the pool or discarded by it
            }
        }
    }

    private void append(StagedRow row) {
        field(batchId);
        field(Integer.toString(row.line()));
        field(row.householdKey());
        field(row.head() ? "t" : "f");
        field(row.regionCode());
        field(row.address());
        field(row.hukouType());
        field(row.categories());
        field(row.assetsFen());
        field(row.name());
        field(row.idNumberMasked());
        field(row.idNumberCipher() == null ? null : "\\x" + HEX.formatHex(row.idNumberCipher()));
        field(row.idNumberIndex());
        field(row.sex());
        field(row.birthDate() == null ? null : row.birthDate().toString());
        field(row.relationship());
        field(row.workAbility());
        field(row.disabilityCategory());
        field(row.disabilityGrade());
        field(row.monthlyIncomeFen());
        field(row.problem() == null ? null : row.problem().name());
        field(row.problemDetail());
        // every valid row would add a person until the comparison with the register finds it there
        text.append(row.problem() == null ? "ADDED" : "REJECTED").append('\n');
    }

    private void field(Long value) {
        field(value == null ? null : value.toString());
    }

    private void field(String value) {
        if (value == null) {
            text.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\t');
    }
}
