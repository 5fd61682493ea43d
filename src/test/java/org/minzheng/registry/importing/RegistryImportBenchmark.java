package org.minzheng.registry.importing;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.minzheng.MinzhengApplication;
import org.minzheng.region.Regions;
import org.minzheng.registry.synthetic.CollectionFile;
import org.minzheng.registry.synthetic.SyntheticRegistry;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.BackgroundJobs.JobState;
import org.minzheng.workbench.BackgroundJobs.JobStatus;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import of a synthetic collection file of many persons (default 1,000,000, households of 滨城区's
 * synthetic villages) with every check, next to the bare PostgreSQL baseline: {@code COPY … FROM STDIN
 * (FORMAT csv)} of the same file into a table of thirteen text columns, nothing checked, encrypted or
 * compared. Run by {@code bench/registry-import.sh}; not a test.
 */
public final class RegistryImportBenchmark {

    public static void main(String[] args) throws Exception {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path file = Files.createTempFile("registry-import-bench-", ".csv");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MinzhengApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("dev", "test")
                .run(
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.minzheng.registry.importing=INFO",
                        "--minzheng.jobs.threads=1",
                        // a million persons make a file of about 100 MB, far above what the console accepts
                        // from a browser (minzheng.registry.import.max-bytes, 20 MB)
                        "--minzheng.registry.import.max-bytes=1073741824");
        try {
            Regions regions = context.getBean(Regions.class);
            List<RegionCode> villages = SyntheticRegistry.villagesOf(RegionCode.of("371602")).stream()
                    .filter(village -> regions.find(village).isPresent())
                    .toList();
            long written = write(file, persons, villages);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.execute("create table bench_collection_rows (" + "c01 text, c02 text, c03 text, c04 text, c05 text, "
                    + "c06 text, c07 text, c08 text, c09 text, c10 text, c11 text, c12 text, c13 text)");
            long bare = time(() -> copyBare(context.getBean(DataSource.class), file));

            context.getAutowireCapableBeanFactory()
                    .createBean(StaffLogins.class)
                    .signIn("admin");
            RegistryImports imports = context.getBean(RegistryImports.class);
            BackgroundJobs jobs = context.getBean(BackgroundJobs.class);
            long start = System.nanoTime();
            RegistryImports.Started started;
            try (InputStream in = Files.newInputStream(file)) {
                started = imports.upload("bench.csv", Files.size(file), in);
            }
            JobState checked = waitFor(jobs, started.jobId());
            long validation = millisSince(start);
            start = System.nanoTime();
            long commitJob = imports.confirm(started.batchId()).orElseThrow();
            JobState committed = waitFor(jobs, commitJob);
            long commit = millisSince(start);

            start = System.nanoTime();
            RegistryImports.Started again;
            try (InputStream in = Files.newInputStream(file)) {
                again = imports.upload("bench-again.csv", Files.size(file), in);
            }
            JobState rechecked = waitFor(jobs, again.jobId());
            long revalidation = millisSince(start);

            System.out.printf(
                    Locale.ROOT,
                    "persons in the file                  %,d (%,d MB)%n",
                    written,
                    Files.size(file) >> 20);
            System.out.printf(
                    Locale.ROOT,
                    "bare COPY FROM (baseline)            %,d ms  %,.0f rows/s%n",
                    bare,
                    rate(written, bare));
            System.out.printf(
                    Locale.ROOT,
                    "import check + staging + preview     %,d ms  %,.0f rows/s%n",
                    validation,
                    rate(written, validation));
            System.out.printf(Locale.ROOT, "  %s%n", checked.summary());
            System.out.printf(Locale.ROOT, "confirm (apply to the register)      %,d ms%n", commit);
            System.out.printf(Locale.ROOT, "  %s%n", committed.summary());
            System.out.printf(Locale.ROOT, "re-import check of the same file     %,d ms%n", revalidation);
            System.out.printf(Locale.ROOT, "  %s%n", rechecked.summary());
            jdbc.queryForList(
                            "select problem, count(*) as n from registry.import_rows where batch_id = ? "
                                    + "and problem is not null group by problem order by n desc",
                            started.batchId())
                    .forEach(row ->
                            System.out.printf(Locale.ROOT, "  rejected %-24s %,d%n", row.get("problem"), row.get("n")));
            System.out.printf(Locale.ROOT, "ratio check / bare COPY (time)       %.2f%n", (double) validation / bare);
            System.out.printf(
                    Locale.ROOT, "ratio check + confirm / bare COPY    %.2f%n", (double) (validation + commit) / bare);
        } finally {
            context.close();
            Files.deleteIfExists(file);
        }
    }

    /** Only villages the region tree knows, so that every row passes the village check. */
    private static long write(Path file, long persons, List<RegionCode> villages) throws Exception {
        SyntheticRegistry registry = new SyntheticRegistry(2022, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        AtomicLong counted = new AtomicLong();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return CollectionFile.write(
                    registry.households(villages)
                            .takeWhile(household ->
                                    counted.addAndGet(household.members().size())
                                            <= persons + household.members().size() - 1),
                    writer);
        }
    }

    private static void copyBare(DataSource dataSource, Path file) {
        try (Connection connection = dataSource.getConnection();
                InputStream in = Files.newInputStream(file)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_collection_rows from stdin (format csv, header true)", in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JobState waitFor(BackgroundJobs jobs, long id) throws InterruptedException {
        while (true) {
            JobState state = jobs.state(id).orElseThrow();
            if (state.status() != JobStatus.RUNNING) {
                if (state.status() == JobStatus.FAILED) {
                    throw new IllegalStateException("job failed: " + state.summary());
                }
                return state;
            }
            Thread.sleep(200);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millisSince(start);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double rate(long rows, long millis) {
        return rows * 1000.0 / Math.max(1, millis);
    }
}
