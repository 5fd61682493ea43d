package org.minzheng.payment.payroll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.validation.PlainTextValidator;

/**
 * Reads the bank's return file (回盘文件, layout in {@code docs/bank-file.md}): 流水号, 金额（元）, 结果
 * (成功 or 失败), 失败原因, 银行流水号, one line per payment, after a heading row. Each line is checked on
 * its own; a wrong line is reported with its row number and does not stop the others.
 */
final class BankReturn {

    static final String PAID = "成功";
    static final String FAILED = "失败";
    static final int MAX_LINES = 200_000;

    private BankReturn() {}

    /** A line understood: which payment, its amount as the bank saw it, and the outcome. */
    record Outcome(int row, long paymentId, long amountFen, boolean paid, String reason, String bankReference) {}

    /** A line that could not be understood, with the message key saying why. */
    record Problem(int row, String messageKey) implements java.io.Serializable {}

    record Parsed(List<Outcome> outcomes, List<Problem> problems) {}

    static Parsed parse(List<Line> lines) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Line line : lines) {
            String first = line.cell(0);
            if (first.equals("流水号") || first.equals(BankFile.TOTAL)) {
                continue;
            }
            if (!first.matches("[0-9]{1,18}")) {
                problems.add(new Problem(line.number(), "payment.return.reference"));
                continue;
            }
            long id = Long.parseLong(first);
            if (!seen.add(id)) {
                problems.add(new Problem(line.number(), "payment.return.duplicate"));
                continue;
            }
            long fen;
            try {
                fen = Money.parseYuan(line.cell(1)).fen();
            } catch (InvalidMoneyException wrong) {
                problems.add(new Problem(line.number(), "payment.return.amount"));
                continue;
            }
            String result = line.cell(2);
            if (!result.equals(PAID) && !result.equals(FAILED)) {
                problems.add(new Problem(line.number(), "payment.return.result"));
                continue;
            }
            String reason = line.cell(3);
            String reference = line.cell(4);
            if (reason.length() > 200 || reference.length() > 40 || !plain(reason) || !plain(reference)) {
                problems.add(new Problem(line.number(), "payment.return.text"));
                continue;
            }
            if (result.equals(FAILED) && reason.isBlank()) {
                problems.add(new Problem(line.number(), "payment.return.reasonMissing"));
                continue;
            }
            outcomes.add(new Outcome(
                    line.number(), id, fen, result.equals(PAID), reason.isBlank() ? null : reason, blank(reference)));
        }
        return new Parsed(outcomes, problems);
    }

    private static boolean plain(String text) {
        return text.isEmpty() || new PlainTextValidator().isValid(text, null);
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text;
    }
}
