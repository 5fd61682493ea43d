package org.minzheng.lottery.sales;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.spreadsheet.Spreadsheet.Format;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a sales file: checks it whole, refuses a file already imported (by its SHA-256), and upserts the rows,
 * counting which were new, which corrected an earlier amount and which were the same.
 */
@Service
class SalesImports {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SalesImportRepository repository;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    SalesImports(SalesImportRepository repository, AuditLog audit, Messages messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.clock = Clock.system(BEIJING);
    }

    @Transactional
    SalesImport importFile(String fileName, byte[] bytes) {
        String name = fileName == null || fileName.isBlank() ? "sales.csv" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        Format format = format(name, bytes);
        if (bytes.length > MAX_BYTES) {
            throw SalesFileRefusedException.of("lottery.sales.import.error.size", MAX_BYTES / (1024 * 1024));
        }
        String sha = sha256(bytes);
        var earlier = repository.findBySha(sha);
        if (earlier.isPresent()) {
            throw SalesFileRefusedException.of(
                    "lottery.sales.import.error.again",
                    earlier.get().fileName(),
                    earlier.get().importedAt().atZone(BEIJING).toLocalDate().toString());
        }
        List<Line> lines;
        try {
            lines = Spreadsheet.read(bytes, format, MAX_ROWS + 2);
        } catch (Spreadsheet.UnreadableFileException e) {
            throw SalesFileRefusedException.of("lottery.sales.import.error.unreadable");
        }
        if (lines.size() > MAX_ROWS + 1) {
            throw SalesFileRefusedException.of("lottery.sales.import.error.rows", MAX_ROWS);
        }
        DataScope scope = CurrentStaff.scope();
        SalesFile file = new SalesFile(gameNames(), headings(), LocalDate.now(clock));
        SalesFile.Checked checked = file.check(lines, codes -> repository.outlets(codes, scope.prefix()));
        if (!checked.problems().isEmpty()) {
            throw new SalesFileRefusedException(
                    "lottery.sales.import.error.rowsRefused",
                    List.of(checked.problems().size()),
                    checked.problems());
        }
        if (checked.rows().isEmpty()) {
            throw SalesFileRefusedException.of("lottery.sales.import.error.empty");
        }
        Map<String, Long> stored = repository.existing(checked.rows(), checked.firstDay(), checked.lastDay());
        int added = 0;
        int changed = 0;
        List<SalesFile.Row> writes = new java.util.ArrayList<>();
        for (SalesFile.Row row : checked.rows()) {
            Long amount = stored.get(
                    SalesImportRepository.key(row.outletId(), row.game().name(), row.day()));
            if (amount == null) {
                added++;
                writes.add(row);
            } else if (amount != row.amountFen()) {
                changed++;
                writes.add(row);
            }
        }
        int same = checked.rows().size() - added - changed;
        String by = CurrentStaff.require().username();
        long id = repository.insertImport(name, sha, checked, added, changed, same, by);
        repository.upsert(id, writes);
        audit.record(AuditEvent.operation(
                        "lottery.sales.import",
                        "lottery.sales_import",
                        String.valueOf(id),
                        CurrentStaff.require().regionCode())
                .withDetail(name + ": " + checked.firstDay() + ".." + checked.lastDay() + ", read "
                        + checked.rows().size() + ", added " + added + ", changed " + changed + ", same " + same));
        return repository.find(id).orElseThrow();
    }

    private static Format format(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") && Spreadsheet.looksLikeWorkbook(bytes)) {
            return Format.XLSX;
        }
        if (lower.endsWith(".csv") && !Spreadsheet.looksLikeWorkbook(bytes) && !binary(bytes)) {
            return Format.CSV;
        }
        throw SalesFileRefusedException.of("lottery.sales.import.error.type");
    }

    /** A NUL byte never occurs in UTF-8 or GBK text: such a "CSV" is something else renamed. */
    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Game> gameNames() {
        Map<String, Game> names = new HashMap<>();
        for (Game game : Game.values()) {
            names.put(messages.get(game.fileNameKey()), game);
        }
        return names;
    }

    private Set<String> headings() {
        return Set.of(messages.get("lottery.sales.file.heading.date").toLowerCase(Locale.ROOT), "date");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
