package org.minzheng.policy.rule;

import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.minzheng.MinzhengApplication;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule evaluations per second for one compiled rule on one core, next to the bare PostgreSQL baseline:
 * the same predicate as a SQL {@code WHERE} over the same households in a table. Run by
 * {@code bench/rule-evaluation.sh}; not a test.
 */
public final class RuleEvaluationBenchmark {

    static final String RULE = "household.income_per_capita < local.dibao"
            + " && household.assets_per_capita <= local.asset_limit"
            + " && !('tekun' in household.categories)"
            + " && (person.age >= 60 || person.work_ability != 'full' || person.disability_grade in [1, 2])";

    static final String SQL_PREDICATE = "income_per_capita < (case when hukou = 'rural' then 820.0 else 1030.0 end)"
            + " and assets_per_capita <= 30000.0"
            + " and not ('tekun' = any(categories))"
            + " and (age >= 60 or work_ability <> 'full' or disability_grade in (1, 2))";

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Map<String, Object>> rows = generate(households, new Random(20221130));
        CompiledRule rule = new RuleCompiler().compile(RULE);
        List<Facts> facts = rows.stream().map(Facts::of).toList();

        double ours = perSecond(() -> countQualifying(rule, facts), facts.size());
        int celSample = Math.min(households, 200_000);
        CelRuntime.Program cel =
                CelRuntimeFactory.standardCelRuntimeBuilder().build().createProgram(rule.ast());
        List<Map<String, Object>> nested = rows.subList(0, celSample).stream()
                .map(RuleEvaluationBenchmark::nested)
                .toList();
        double celJava = perSecond(() -> countWithCel(cel, nested), celSample);

        ConfigurableApplicationContext context = new SpringApplicationBuilder(MinzhengApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("dev", "test")
                .properties("minzheng.demo-data.enabled=false", "server.port=0", "logging.level.root=WARN")
                .run();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            load(jdbc, rows);
            long expected = countQualifying(rule, facts);
            long fromSql = countWithSql(jdbc);
            if (fromSql != expected) {
                throw new IllegalStateException("SQL baseline counts " + fromSql + ", the rule " + expected);
            }
            double postgres = perSecond(() -> countWithSql(jdbc), households);
            System.out.printf(Locale.ROOT, "households                     %,d (%,d qualify)%n", households, expected);
            System.out.printf(Locale.ROOT, "our evaluator, 1 thread        %,.0f evaluations/s%n", ours);
            System.out.printf(
                    Locale.ROOT, "cel-java interpreter, 1 thread %,.0f evaluations/s (on %,d)%n", celJava, celSample);
            System.out.printf(Locale.ROOT, "PostgreSQL WHERE, 1 core       %,.0f rows/s (baseline)%n", postgres);
            System.out.printf(Locale.ROOT, "ratio ours / PostgreSQL        %.2f%n", ours / postgres);
            System.out.printf(Locale.ROOT, "ratio cel-java / PostgreSQL    %.2f%n", celJava / postgres);
        } finally {
            context.close();
        }
    }

    private static long countQualifying(CompiledRule rule, List<Facts> facts) {
        long qualifying = 0;
        for (Facts household : facts) {
            if (rule.evaluate(household).outcome() == Outcome.QUALIFIES) {
                qualifying++;
            }
        }
        return qualifying;
    }

    /** The same predicate in SQL, on one core like the evaluator: parallel workers off for the session. */
    private static long countWithSql(JdbcTemplate jdbc) {
        return jdbc.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set max_parallel_workers_per_gather = 0");
                try (ResultSet rows =
                        statement.executeQuery("select count(*) from bench_households where " + SQL_PREDICATE)) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static long countWithCel(CelRuntime.Program program, List<Map<String, Object>> inputs) {
        long qualifying = 0;
        try {
            for (Map<String, Object> input : inputs) {
                if (Boolean.TRUE.equals(program.eval(input))) {
                    qualifying++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return qualifying;
    }

    /** Best of five timed rounds after two warm-up rounds. */
    private static double perSecond(Runnable round, int items) {
        for (int i = 0; i < 2; i++) {
            round.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            round.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return items / (best / 1e9);
    }

    private static List<Map<String, Object>> generate(int count, Random random) {
        String[] ability = {"full", "partial", "none"};
        String[] categories = {"dibao", "tekun", "edge", "rigid"};
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("household.income_per_capita", random.nextInt(300_000) / 100.0);
            row.put("household.assets_per_capita", random.nextInt(6_000_000) / 100.0);
            row.put(
                    "household.categories",
                    random.nextInt(4) == 0 ? List.of(categories[random.nextInt(4)]) : List.of());
            row.put("person.age", (long) random.nextInt(100));
            row.put("person.hukou", random.nextBoolean() ? "rural" : "urban");
            row.put("person.work_ability", ability[random.nextInt(3)]);
            row.put("person.disability_grade", (long) random.nextInt(5));
            row.put("local.dibao_rural", 820.0);
            row.put("local.dibao_urban", 1030.0);
            row.put("local.asset_limit", 30_000.0);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> nested(Map<String, Object> flat) {
        Map<String, Map<String, Object>> variables =
                Map.of("household", new HashMap<>(), "person", new HashMap<>(), "local", new HashMap<>());
        flat.forEach((path, value) -> {
            int dot = path.indexOf('.');
            variables.get(path.substring(0, dot)).put(path.substring(dot + 1), value);
        });
        Map<String, Object> local = variables.get("local");
        local.put(
                "dibao",
                "rural".equals(flat.get("person.hukou")) ? local.get("dibao_rural") : local.get("dibao_urban"));
        // cel-java reads every declared field it meets; fill the rest so only the rule's cost is measured
        AttributeSchema.standard().attributes().forEach(attribute -> variables
                .get(attribute.scope())
                .putIfAbsent(attribute.field(), defaultValue(attribute)));
        return new HashMap<>(variables);
    }

    private static Object defaultValue(Attribute attribute) {
        return switch (attribute.type()) {
            case INT -> 0L;
            case DOUBLE -> 0.0;
            case BOOL -> false;
            case STRING -> "";
            case STRING_LIST -> List.of();
        };
    }

    private static void load(JdbcTemplate jdbc, List<Map<String, Object>> rows) throws Exception {
        jdbc.execute("drop table if exists bench_households");
        jdbc.execute("""
                create unlogged table bench_households (
                    income_per_capita numeric(12, 2), assets_per_capita numeric(12, 2), categories text[],
                    age int, hukou text, work_ability text, disability_grade int)""");
        StringBuilder csv = new StringBuilder();
        for (Map<String, Object> row : rows) {
            List<?> categories = (List<?>) row.get("household.categories");
            csv.append(row.get("household.income_per_capita"))
                    .append('\t')
                    .append(row.get("household.assets_per_capita"))
                    .append('\t')
                    .append('{')
                    .append(String.join(
                            ",", categories.stream().map(Object::toString).toList()))
                    .append('}')
                    .append('\t')
                    .append(row.get("person.age"))
                    .append('\t')
                    .append(row.get("person.hukou"))
                    .append('\t')
                    .append(row.get("person.work_ability"))
                    .append('\t')
                    .append(row.get("person.disability_grade"))
                    .append('\n');
        }
        jdbc.execute((Connection connection) -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy bench_households from stdin", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        jdbc.execute("analyze bench_households");
    }
}
