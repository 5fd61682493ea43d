package org.minzheng.policy.screening;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Writes a run's findings with {@code COPY … FROM STDIN} on a connection of its own, in blocks of about
 * 256 KB: a city-wide run can find hundreds of thousands of rows, and inserts row by row would cost more
 * than the screening itself.
 */
final class FindingsCopy implements AutoCloseable {

    private static final int BLOCK = 256 * 1024;

    private final Connection connection;
    private final CopyIn copy;
    private final long runId;
    private final StringBuilder block = new StringBuilder(BLOCK + 1024);
    private long rows;

    FindingsCopy(DataSource dataSource, long runId) {
        this.runId = runId;
        try {
            this.connection = dataSource.getConnection();
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy policy.screening_findings (run_id, household_id, household_number, village_code,
                                policy_code, person_id, person_name, receipt_known) from stdin
                            """);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot start writing findings", e);
        }
    }

    void add(HouseholdScreening.Finding finding) {
        block.append(runId)
                .append('\t')
                .append(finding.household().id().value())
                .append('\t')
                .append(finding.household().number())
                .append('\t')
                .append(finding.household().village().value())
                .append('\t')
                .append(finding.rule().policy().code())
                .append('\t');
        if (finding.forHousehold()) {
            block.append("\\N");
        } else {
            block.append(finding.member().personId());
        }
        block.append('\t')
                .append(escaped(finding.member().name()))
                .append('\t')
                .append(finding.rule().receiptKnown() ? 't' : 'f')
                .append('\n');
        rows++;
        if (block.length() >= BLOCK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the copy: the findings become visible together. */
    void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("writing findings failed", e);
        }
    }

    private void flush() {
        if (block.isEmpty()) {
            return;
        }
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("writing findings failed", e);
        }
        block.setLength(0);
    }

    /** Names come from the registry; a backslash or tab in one must not shift the columns. */
    private static String escaped(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    @Override
    public void close() {
        try (connection) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("closing the findings copy failed", e);
        }
    }
}
