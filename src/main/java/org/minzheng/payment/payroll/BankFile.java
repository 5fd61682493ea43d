package org.minzheng.payment.payroll;

import cn.idev.excel.FastExcel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.minzheng.payment.payroll.PayrollRepository.BankLine;
import org.minzheng.shared.Money;

/**
 * The disbursement file for the bank, in the layout of {@code docs/bank-file.md}: one heading row,
 * one row per payment, and a last row with the control total (count and sum) the bank checks before
 * paying. Amounts are yuan with two decimals; the 流水号 is the payment's id, which the bank echoes in
 * its return file.
 */
final class BankFile {

    static final List<String> HEADINGS = List.of("流水号", "账号", "户名", "金额（元）", "所属月份", "救助类别", "开户行", "村（社区）代码", "申请编号");
    static final String TOTAL = "合计";

    private BankFile() {}

    /** @param numbers the full account number of an account id (decrypted one by one as the file is written) */
    static void csv(List<BankLine> lines, LongFunction<String> numbers, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // A byte-order mark, so that Excel on Chinese Windows opens the file as UTF-8.
            writer.write('\uFEFF');
            writer.write(String.join(",", HEADINGS));
            writer.write("\r\n");
            for (List<String> row : rows(lines, numbers)) {
                writer.write(String.join(",", row));
                writer.write("\r\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void xlsx(List<BankLine> lines, LongFunction<String> numbers, OutputStream out) {
        FastExcel.write(out)
                .head(HEADINGS.stream().map(List::of).toList())
                .sheet("代发明细")
                .doWrite(rows(lines, numbers).stream()
                        .map(row -> List.<Object>copyOf(row))
                        .toList());
    }

    /** The payment rows and the control-total row, as text cells (account numbers must not become numbers). */
    static List<List<String>> rows(List<BankLine> lines, LongFunction<String> numbers) {
        List<List<String>> rows = new ArrayList<>(lines.size() + 1);
        long total = 0;
        for (BankLine line : lines) {
            total += line.amountFen();
            rows.add(List.of(
                    String.valueOf(line.paymentId()),
                    numbers.apply(line.accountId()),
                    line.holderName(),
                    Money.ofFen(line.amountFen()).toYuanString(),
                    line.forMonth().toString(),
                    line.programme().name(),
                    line.bankName(),
                    line.villageCode(),
                    line.caseNumber()));
        }
        rows.add(List.of(
                TOTAL, String.valueOf(lines.size()), "", Money.ofFen(total).toYuanString(), "", "", "", "", ""));
        return rows;
    }
}
