package org.minzheng.registry.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.dictionary.DictionaryEntry;
import org.minzheng.region.Regions;
import org.minzheng.registry.importing.ImportBatch.Status;
import org.minzheng.registry.importing.RowCheck.CodeLists;
import org.minzheng.registry.importing.RowCheck.VillageVerdict;
import org.minzheng.registry.synthetic.CollectionFile;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet.Format;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.spreadsheet.Spreadsheet.UnreadableFileException;
import org.minzheng.shared.spreadsheet.SpreadsheetStream;
import org.minzheng.shared.web.Messages;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobProgress;
import org.minzheng.workbench.JobRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first job of an import (校验): reads the file once, checks each row (in parallel, chunk by chunk, in
 * file order), loads every row with its verdict into the staging table by COPY, then runs the checks that
 * need the whole file and the register in SQL and works out the preview.
 */
@Component
class ImportValidation {

    private static final Logger log = LoggerFactory.getLogger(ImportValidation.class);
    private static final int CHUNK = 4096;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ImportRepository repository;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Dictionaries dictionaries;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final Messages messages;
    private final Set<String> exampleKeys;

    ImportValidation(
            ImportRepository repository,
            DataSource dataSource,
            TransactionTemplate transaction,
            Dictionaries dictionaries,
            Regions regions,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            Messages messages,
            MessageSource messageSource) {
        this.repository = repository;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.messages = messages;
        // the template's example row, in either language, is skipped if a caseworker leaves it in
        this.exampleKeys = Set.of(
                messageSource.getMessage(ImportTemplate.EXAMPLE_KEY, null, Locale.SIMPLIFIED_CHINESE),
                messageSource.getMessage(ImportTemplate.EXAMPLE_KEY, null, Locale.ENGLISH));
    }

    JobOutcome run(long batchId, Path file, Format format, DataScope scope, JobProgress progress) throws Exception {
        try {
            return validate(batchId, file, format, scope, progress);
        } catch (JobRefusedException refused) {
            repository.refuse(batchId, Status.REFUSED, refused.getMessage());
            throw refused;
        } catch (Exception | Error e) {
            repository.refuse(batchId, Status.FAILED, null);
            throw e;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private JobOutcome validate(long batchId, Path file, Format format, DataScope scope, JobProgress progress)
            throws Exception {
        progress.stage(messages.get("registry.import.stage.checking"));
        if (format == Format.CSV) {
            progress.total(Math.max(0, SpreadsheetStream.countLineBreaks(file) - 1));
        }
        RowCheck check = new RowCheck(
                codeLists(), villages(scope), cipher, blindIndex, LocalDate.now(CHINA), format == Format.CSV);
        long rows;
        long started = System.nanoTime();
        try (StagingCopy staging = new StagingCopy(dataSource, batchId)) {
            ChunkedRows chunks = new ChunkedRows(check, staging, progress);
            try {
                SpreadsheetStream.forEach(file, format, chunks);
            } catch (UnreadableFileException unreadable) {
                throw new JobRefusedException(messages.get("registry.import.refused.unreadable"));
            }
            chunks.flush();
            if (!chunks.headingSeen) {
                throw new JobRefusedException(messages.get("registry.import.refused.empty"));
            }
            if (chunks.rows == 0) {
                throw new JobRefusedException(messages.get("registry.import.refused.noRows"));
            }
            rows = staging.finish();
        }
        long staged = System.nanoTime();
        progress.stage(messages.get("registry.import.stage.comparing"));
        transaction.executeWithoutResult(status -> repository.analyse(batchId, scope));
        log.info(
                "Import batch {}: {} rows checked and staged in {} ms, compared with the register in {} ms",
                batchId,
                rows,
                (staged - started) / 1_000_000,
                (System.nanoTime() - staged) / 1_000_000);
        ImportBatch batch = repository.find(batchId, scope).orElseThrow();
        return new JobOutcome(
                messages.get(
                        "registry.import.validated",
                        rows,
                        batch.rowsAdded(),
                        batch.rowsChanged(),
                        batch.rowsUnchanged(),
                        batch.rowsRejected()),
                "/console/registry/import/" + batchId);
    }

    /** Collects lines into chunks, checks a chunk in parallel and sends it to the staging COPY. */
    private final class ChunkedRows implements Consumer<Line> {

        private final RowCheck check;
        private final StagingCopy staging;
        private final JobProgress progress;
        private List<Line> chunk = new ArrayList<>(CHUNK);
        private boolean headingSeen;
        private long rows;

        ChunkedRows(RowCheck check, StagingCopy staging, JobProgress progress) {
            this.check = check;
            this.staging = staging;
            this.progress = progress;
        }

        @Override
        public void accept(Line line) {
            if (!headingSeen) {
                if (!isHeading(line.cells())) {
                    throw new JobRefusedException(messages.get(
                            "registry.import.refused.headings", String.join(", ", CollectionFile.HEADINGS)));
                }
                headingSeen = true;
                return;
            }
            if (exampleKeys.contains(line.cell(0))) {
                return;
            }
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<StagedRow> checked = chunk.parallelStream().map(check::check).toList();
            staging.write(checked);
            rows += checked.size();
            progress.done(rows);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    private static boolean isHeading(List<String> cells) {
        List<String> expected = CollectionFile.HEADINGS;
        if (cells.size() < expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(cells.get(i).replace("\uFEFF", "").strip())) {
                return false;
            }
        }
        return true;
    }

    private CodeLists codeLists() {
        return new CodeLists(
                codes(Dictionaries.RELATIONSHIP),
                codes(Dictionaries.DISABILITY_CATEGORY),
                codes(Dictionaries.DISABILITY_GRADE));
    }

    private Set<String> codes(String dictionary) {
        return dictionaries.entries(dictionary).stream()
                .map(DictionaryEntry::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Each village code of the file asked of the region tree once. */
    private java.util.function.Function<String, VillageVerdict> villages(DataScope scope) {
        Map<String, VillageVerdict> known = new ConcurrentHashMap<>();
        return code -> known.computeIfAbsent(code, c -> {
            if (!RegionCode.isValid(c)) {
                return VillageVerdict.UNKNOWN;
            }
            RegionCode region = RegionCode.of(c);
            boolean village = regions.find(region)
                    .map(r -> r.level() == RegionLevel.VILLAGE)
                    .orElse(false);
            if (!village) {
                return VillageVerdict.UNKNOWN;
            }
            return scope.covers(region) ? VillageVerdict.IN_SCOPE : VillageVerdict.OUTSIDE_SCOPE;
        });
    }
}
