package org.minzheng.lottery.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;

/**
 * Checks every row of a sales file (日期, 网点编号, 玩法, 销量(元)) before anything is stored: the whole file is taken
 * or refused, so that a half-imported day never skews a ranking. An optional heading row is recognised by its first
 * cell. Row numbers are the ones Excel shows.
 */
final class SalesFile {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT));
    private static final BigDecimal MAX_YUAN = new BigDecimal("100000000");

    /** One checked row. */
    record Row(int line, long outletId, Game game, LocalDate day, long amountFen) {}

    /** What is wrong with a row; the message key takes the arguments. */
    record Problem(int line, String messageKey, List<Object> arguments) {}

    /** An outlet as the check needs it: open from opened_on to closed_on, both days included. */
    record OutletSpan(long id, LocalDate openedOn, LocalDate closedOn) {

        boolean openOn(LocalDate day) {
            return !day.isBefore(openedOn) && (closedOn == null || !day.isAfter(closedOn));
        }
    }

    record Checked(List<Row> rows, List<Problem> problems) {

        boolean accepted() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        LocalDate firstDay() {
            return rows.stream().map(Row::day).min(LocalDate::compareTo).orElseThrow();
        }

        LocalDate lastDay() {
            return rows.stream().map(Row::day).max(LocalDate::compareTo).orElseThrow();
        }

        long totalFen() {
            return rows.stream().mapToLong(Row::amountFen).sum();
        }
    }

    private final Map<String, Game> gameNames;
    private final Set<String> headingFirstCells;
    private final LocalDate today;

    /**
     * @param gameNames the names the sales system writes for each game, besides the codes
     * @param headingFirstCells texts the first cell of a heading row may hold
     */
    SalesFile(Map<String, Game> gameNames, Set<String> headingFirstCells, LocalDate today) {
        this.gameNames = gameNames;
        this.headingFirstCells = headingFirstCells;
        this.today = today;
    }

    Checked check(List<Line> lines, Function<Set<String>, Map<String, OutletSpan>> outletsByCode) {
        List<Line> data = lines;
        if (!lines.isEmpty()
                && headingFirstCells.contains(lines.get(0).cell(0).strip().toLowerCase())) {
            data = lines.subList(1, lines.size());
        }
        Set<String> codes = new HashSet<>();
        data.forEach(line -> codes.add(line.cell(1).strip()));
        Map<String, OutletSpan> outlets = outletsByCode.apply(codes);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : data) {
            int before = problems.size();
            Optional<LocalDate> day = date(line.cell(0));
            if (day.isEmpty()) {
                problems.add(problem(line, "lottery.sales.import.problem.date", line.cell(0)));
            } else if (day.get().isAfter(today)) {
                problems.add(problem(
                        line, "lottery.sales.import.problem.future", day.get().toString()));
            }
            String code = line.cell(1).strip();
            OutletSpan outlet = outlets.get(code);
            if (code.isEmpty() || outlet == null) {
                problems.add(problem(line, "lottery.sales.import.problem.outlet", code));
            } else if (day.isPresent() && !outlet.openOn(day.get())) {
                problems.add(problem(
                        line,
                        "lottery.sales.import.problem.closed",
                        code,
                        day.get().toString()));
            }
            Optional<Game> game = game(line.cell(2));
            if (game.isEmpty()) {
                problems.add(problem(line, "lottery.sales.import.problem.game", line.cell(2)));
            }
            Long fen = amount(line, problems);
            if (problems.size() > before || fen == null) {
                continue;
            }
            String key = outlet.id() + "|" + game.get() + "|" + day.get();
            Integer earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                problems.add(problem(line, "lottery.sales.import.problem.duplicate", earlier));
                continue;
            }
            rows.add(new Row(line.number(), outlet.id(), game.get(), day.get(), fen));
        }
        return new Checked(rows, problems);
    }

    private Long amount(Line line, List<Problem> problems) {
        String text = line.cell(3).strip().replace(",", "");
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(problem(line, "lottery.sales.import.problem.amount", line.cell(3)));
            return null;
        }
        if (yuan.signum() < 0) {
            problems.add(problem(line, "lottery.sales.import.problem.negative", line.cell(3)));
            return null;
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            problems.add(problem(line, "lottery.sales.import.problem.decimals", line.cell(3)));
            return null;
        }
        if (yuan.compareTo(MAX_YUAN) >= 0) {
            problems.add(problem(line, "lottery.sales.import.problem.tooLarge", line.cell(3)));
            return null;
        }
        return yuan.movePointRight(2).longValueExact();
    }

    private Optional<Game> game(String text) {
        String name = text.strip();
        return Game.ofCode(name).or(() -> Optional.ofNullable(gameNames.get(name)));
    }

    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        int space = value.indexOf(' ');
        if (space > 0) {
            value = value.substring(0, space);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next accepted layout may fit
            }
        }
        return Optional.empty();
    }

    private static Problem problem(Line line, String key, Object... arguments) {
        return new Problem(line.number(), key, List.of(arguments));
    }
}
