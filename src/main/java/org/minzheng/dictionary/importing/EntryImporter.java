package org.minzheng.dictionary.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.dictionary.catalog.DictionaryRepository;
import org.minzheng.dictionary.catalog.Entry;
import org.minzheng.dictionary.catalog.EntryColumns;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.web.Messages;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads entries from a file into one dictionary. Every row is checked first, against the same rules
 * as the entry form, and only a file without problems is stored: new codes are added, known codes
 * get the file's labels (and its sort order and enabled flag where those cells are filled).
 */
@Service
public class EntryImporter {

    static final int MAX_ROWS = 2000;

    private static final List<String> FIELDS = List.of("code", "labelZh", "labelEn", "sortOrder", "enabled");
    private static final Set<String> YES = Set.of("true", "1", "y");
    private static final Set<String> NO = Set.of("false", "0", "n");

    private final DictionaryRepository dictionaries;
    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final MessageSource messageSource;
    private final Messages messages;
    private final AuditLog audit;

    EntryImporter(
            DictionaryRepository dictionaries,
            JdbcTemplate jdbc,
            Validator validator,
            MessageSource messageSource,
            Messages messages,
            AuditLog audit) {
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
        this.validator = validator;
        this.messageSource = messageSource;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public ImportReport importFile(String dictionaryCode, String fileName, byte[] bytes, Spreadsheet.Format format)
            throws Spreadsheet.UnreadableFileException {
        // One row more than allowed (plus the headings) is enough to tell the file is too long.
        List<Line> lines = Spreadsheet.read(bytes, format, MAX_ROWS + 2);
        List<ImportProblem> problems = new ArrayList<>();
        List<EntryRow> rows = check(lines, problems);
        if (!problems.isEmpty()) {
            return ImportReport.rejected(Math.max(lines.size() - 1, 0), problems);
        }
        return store(dictionaryCode, fileName, rows);
    }

    private List<EntryRow> check(List<Line> lines, List<ImportProblem> problems) {
        if (lines.isEmpty()) {
            problems.add(fileProblem("dictionary.import.error.empty"));
            return List.of();
        }
        Line headings = lines.get(0);
        if (!recognised(headings)) {
            String expected = String.join(", ", EntryColumns.headings(messages));
            problems.add(new ImportProblem(
                    headings.number(), "", "", messages.get("dictionary.import.error.headings", expected)));
            return List.of();
        }
        List<Line> data = lines.subList(1, lines.size());
        if (data.isEmpty()) {
            problems.add(fileProblem("dictionary.import.error.empty"));
            return List.of();
        }
        if (data.size() > MAX_ROWS) {
            problems.add(fileProblem("dictionary.import.error.tooMany", Integer.toString(MAX_ROWS)));
            return List.of();
        }
        List<EntryRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : data) {
            List<ImportProblem> unreadableCells = new ArrayList<>();
            Integer sortOrder = sortOrder(line, unreadableCells);
            Boolean enabled = enabled(line, unreadableCells);
            var row = new EntryRow(line.number(), line.cell(0), line.cell(1), line.cell(2), sortOrder, enabled);
            validator.validate(row).stream()
                    .sorted(Comparator.comparing(
                            v -> FIELDS.indexOf(v.getPropertyPath().toString())))
                    .map(violation -> problem(line, violation))
                    .forEach(problems::add);
            if (!row.code().isEmpty() && !seen.add(row.code())) {
                problems.add(new ImportProblem(
                        line.number(), row.code(), heading(0), messages.get("dictionary.import.error.duplicate")));
            }
            problems.addAll(unreadableCells);
            rows.add(row);
        }
        return rows;
    }

    private ImportReport store(String dictionaryCode, String fileName, List<EntryRow> rows) {
        Map<String, Entry> existing = dictionaries.allEntries(dictionaryCode).stream()
                .collect(Collectors.toMap(Entry::code, Function.identity()));
        int next = dictionaries.nextSortOrder(dictionaryCode);
        int inserted = 0;
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (EntryRow row : rows) {
            Entry known = existing.get(row.code());
            int sortOrder;
            boolean enabled;
            if (known == null) {
                inserted++;
                sortOrder = row.sortOrder() != null ? row.sortOrder() : next;
                next = row.sortOrder() != null ? next : next + 10;
                enabled = row.enabled() == null || row.enabled();
            } else {
                sortOrder = row.sortOrder() != null ? row.sortOrder() : known.sortOrder();
                enabled = row.enabled() != null ? row.enabled() : known.enabled();
            }
            batch.add(new Object[] {dictionaryCode, row.code(), row.labelZh(), row.labelEn(), sortOrder, enabled});
        }
        jdbc.batchUpdate("""
                        insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, enabled)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (dictionary_code, code) do update
                            set label_zh = excluded.label_zh,
                                label_en = excluded.label_en,
                                sort_order = excluded.sort_order,
                                enabled = excluded.enabled,
                                updated_at = now()
                        """, batch);
        int updated = rows.size() - inserted;
        audit.record(AuditEvent.operation("dictionary.entry.import", "dictionary.dictionary", dictionaryCode, null)
                .withDetail(shortened(fileName) + ": added " + inserted + ", updated " + updated));
        return new ImportReport(rows.size(), inserted, updated, List.of(), 0);
    }

    private static String shortened(String fileName) {
        return fileName.length() <= 80 ? fileName : fileName.substring(0, 80) + "…";
    }

    /** The first row names the columns, in Chinese or English, as the export and the template write them. */
    private boolean recognised(Line headings) {
        if (headings.cells().size() < 3) {
            return false;
        }
        for (int i = 0; i < Math.min(headings.cells().size(), EntryColumns.KEYS.size()); i++) {
            String key = EntryColumns.KEYS.get(i);
            String cell = headings.cell(i);
            boolean optionalAndEmpty = i >= 3 && cell.isEmpty();
            if (!optionalAndEmpty && !inAnyLanguage(key).contains(cell.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private Integer sortOrder(Line line, List<ImportProblem> found) {
        String text = line.cell(3);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            found.add(new ImportProblem(
                    line.number(), line.cell(0), heading(3), messages.get("dictionary.validation.sortOrder")));
            return null;
        }
    }

    private Boolean enabled(Line line, List<ImportProblem> found) {
        String text = line.cell(4).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (YES.contains(text) || inAnyLanguage("dictionary.yes").contains(text)) {
            return true;
        }
        if (NO.contains(text) || inAnyLanguage("dictionary.no").contains(text)) {
            return false;
        }
        found.add(new ImportProblem(
                line.number(), line.cell(0), heading(4), messages.get("dictionary.import.error.enabled")));
        return null;
    }

    private Set<String> inAnyLanguage(String key) {
        return Set.of(
                messageSource
                        .getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)
                        .toLowerCase(Locale.ROOT),
                messageSource.getMessage(key, null, key, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }

    private ImportProblem problem(Line line, ConstraintViolation<EntryRow> violation) {
        int column = FIELDS.indexOf(violation.getPropertyPath().toString());
        return new ImportProblem(
                line.number(), line.cell(0), column < 0 ? "" : heading(column), violation.getMessage());
    }

    private ImportProblem fileProblem(String key, Object... args) {
        return new ImportProblem(0, "", "", messages.get(key, args));
    }

    private String heading(int column) {
        return messages.get(EntryColumns.KEYS.get(column));
    }
}
