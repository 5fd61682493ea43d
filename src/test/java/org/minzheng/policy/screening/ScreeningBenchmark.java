package org.minzheng.policy.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.minzheng.MinzhengApplication;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.synthetic.SyntheticHousehold;
import org.minzheng.registry.synthetic.SyntheticPerson;
import org.minzheng.registry.synthetic.SyntheticRegistry;
import org.minzheng.shared.RegionCode;
import org.minzheng.workbench.JobProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 政策找人 over a generated registry (default 1,000,000 households in 沾化区, which the demo data leaves
 * alone) and every policy rule of the demo catalogue, next to the bare PostgreSQL baseline: {@code COPY
 * … TO STDOUT} of the same household and person rows, read and thrown away. Run by
 * {@code bench/screening.sh}; not a test.
 */
public final class ScreeningBenchmark {

    private static final RegionCode COUNTY = RegionCode.of("371603000000");
    /** Generated households get ids from here on, clear of anything the demo registered. */
    private static final long ID_BASE = 500_000_000L;

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MinzhengApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("dev", "test")
                .properties("minzheng.demo-data.enabled=true", "server.port=0", "logging.level.root=WARN")
                .run();
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            long persons = load(dataSource, households, today);
            new JdbcTemplate(dataSource).execute("analyze registry.households");
            new JdbcTemplate(dataSource).execute("analyze registry.persons");

            long[] copiedBytes = new long[1];
            long bare = time(() -> copiedBytes[0] = copyOut(dataSource));
            RegistrySnapshot registry = context.getBean(RegistrySnapshot.class);
            long readOnly = time(() -> registry.forEach(COUNTY, household -> {}));
            HouseholdScreening screening = new HouseholdScreening(
                    context.getBean(ScreeningRules.class).inForce(today),
                    new RegistryFacts(today, village -> context.getBean(LocalStandards.class)
                            .factsFor(village, today)));
            long[] found = new long[1];
            long evaluateOnly = time(() -> registry.forEach(
                    COUNTY, household -> found[0] += screening.screen(household).size()));
            ScreeningRuns runs = context.getBean(ScreeningRuns.class);
            Screener screener = context.getBean(Screener.class);
            long run = runs.begin(COUNTY, today, ScreeningTrigger.ON_DEMAND, "bench")
                    .orElseThrow();
            Screener.Tally[] tally = new Screener.Tally[1];
            long ours = time(() -> tally[0] = screener.run(run, COUNTY, today, new Silent()));
            if (tally[0].households() != households) {
                throw new IllegalStateException("screened " + tally[0].households() + " of " + households);
            }
            long evaluations = tally[0].households() * tally[0].policies();
            System.out.printf(Locale.ROOT, "households / persons                %,d / %,d%n", households, persons);
            System.out.printf(Locale.ROOT, "policy rules in force               %d%n", tally[0].policies());
            System.out.printf(
                    Locale.ROOT,
                    "bare COPY TO of the rows (baseline) %,d ms  %,.0f households/s  %,d MB%n",
                    bare,
                    rate(households, bare),
                    copiedBytes[0] >> 20);
            System.out.printf(Locale.ROOT, "registry snapshot read alone        %,d ms%n", readOnly);
            System.out.printf(Locale.ROOT, "read and evaluate, nothing written  %,d ms%n", evaluateOnly);
            System.out.printf(
                    Locale.ROOT,
                    "screening (read, evaluate, write)   %,d ms  %,.0f households/s%n",
                    ours,
                    rate(households, ours));
            System.out.printf(
                    Locale.ROOT,
                    "findings                            %,d in %,d households (%,d+ rule evaluations)%n",
                    tally[0].findings(),
                    tally[0].foundHouseholds(),
                    evaluations);
            System.out.printf(Locale.ROOT, "ratio screening / bare COPY (time)  %.2f%n", (double) ours / bare);
        } finally {
            context.close();
        }
    }

    /**
     * Writes generated households and persons into the registry tables: COPY into two staging tables (an
     * identity column takes given ids only with OVERRIDING, which COPY lacks), then one move each. The
     * ID number columns get placeholders; screening never reads them.
     */
    private static long load(DataSource dataSource, int count, LocalDate today) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                create table bench_households (id bigint, region_code text, address text, hukou_type text,
                    categories text, assets_fen bigint)
                """);
        jdbc.execute("""
                create table bench_persons (household_id bigint, name text, sex text, birth_date date,
                    relationship text, head boolean, disability_category text, disability_grade text,
                    work_ability text, monthly_income_fen bigint)
                """);
        long persons = 0;
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            CopyIn householdRows =
                    first.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_households from stdin");
            CopyIn personRows = second.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_persons from stdin");
            StringBuilder households = new StringBuilder(1 << 20);
            StringBuilder people = new StringBuilder(1 << 21);
            long id = ID_BASE;
            var generated = new SyntheticRegistry(20221130L, today)
                    .households(SyntheticRegistry.villagesOf(RegionCode.of("371603000000")))
                    .limit(count)
                    .iterator();
            while (generated.hasNext()) {
                SyntheticHousehold household = generated.next();
                id++;
                households
                        .append(id)
                        .append('\t')
                        .append(household.village().value())
                        .append('\t')
                        .append(household.address())
                        .append('\t')
                        .append(household.hukouType().name())
                        .append('\t')
                        .append(String.join(
                                ",",
                                household.categories().stream()
                                        .map(HouseholdCategory::code)
                                        .sorted()
                                        .toList()))
                        .append('\t')
                        .append(household.assetsFen())
                        .append('\n');
                for (SyntheticPerson person : household.members()) {
                    people.append(id)
                            .append('\t')
                            .append(person.name())
                            .append('\t')
                            .append(person.male() ? '1' : '2')
                            .append('\t')
                            .append(person.birthDate())
                            .append('\t')
                            .append(person.relationship())
                            .append('\t')
                            .append(person == household.head() ? 't' : 'f')
                            .append('\t')
                            .append(person.disabilityCategory() == null ? "\\N" : person.disabilityCategory())
                            .append('\t')
                            .append(person.disabilityGrade() == null ? "\\N" : person.disabilityGrade())
                            .append('\t')
                            .append(person.workAbility().name())
                            .append('\t')
                            .append(person.monthlyIncomeFen())
                            .append('\n');
                    persons++;
                }
                if (people.length() > (1 << 20)) {
                    write(householdRows, households);
                    write(personRows, people);
                }
            }
            write(householdRows, households);
            write(personRows, people);
            householdRows.endCopy();
            personRows.endCopy();
        }
        jdbc.execute("""
                insert into registry.households (id, number, region_code, address, hukou_type, categories, assets_fen,
                    county_code)
                overriding system value
                select id, 'B' || id, region_code, address, hukou_type,
                       case when categories = '' then '{}' else string_to_array(categories, ',') end, assets_fen,
                       left(region_code, 6)
                from bench_households
                """);
        jdbc.execute("""
                insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex, birth_date,
                    relationship, head, disability_category, disability_grade, work_ability, monthly_income_fen,
                    county_code)
                select p.household_id, p.name, '\\x00'::bytea, 'bench-' || row_number() over (), p.sex, p.birth_date,
                    p.relationship, p.head, p.disability_category, p.disability_grade, p.work_ability,
                    p.monthly_income_fen, h.county_code
                from bench_persons p join registry.households h on h.id = p.household_id
                """);
        jdbc.execute("drop table bench_households");
        jdbc.execute("drop table bench_persons");
        return persons;
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static long copyOut(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            CountingSink sink = new CountingSink();
            copy.copyOut("""
                    copy (select h.id, h.number, h.region_code, h.hukou_type, array_to_string(h.categories, ','),
                                 h.assets_fen, p.id, p.name, p.sex, p.birth_date, p.relationship, p.head,
                                 p.disability_category, p.disability_grade, p.work_ability, p.monthly_income_fen
                          from registry.households h join registry.persons p on p.household_id = h.id
                          where h.region_code like '371603%' order by h.id, p.head desc, p.id) to stdout
                    """, sink);
            return sink.bytes;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static final class Silent implements JobProgress {
        @Override
        public void total(long total) {}

        @Override
        public void done(long done) {}

        @Override
        public void stage(String stage) {}
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double rate(long rows, long millis) {
        return rows * 1000.0 / Math.max(1, millis);
    }
}
