package org.minzheng.payment.benefit;

import java.util.List;
import org.minzheng.shared.Money;
import org.minzheng.shared.spreadsheet.Spreadsheet;

/**
 * The columns of an uploaded benefit file, in order; the amount in yuan as staff write it. Headings (message
 * keys) are those of the template offered for download.
 */
final class UploadColumns {

    static final List<String> HEADINGS = List.of(
            "benefit.column.externalId",
            "benefit.column.idNumber",
            "benefit.column.name",
            "benefit.column.phone",
            "benefit.column.benefit",
            "benefit.column.month",
            "benefit.column.amount",
            "benefit.column.paidOn",
            "benefit.column.note");

    private UploadColumns() {}

    static RecordDraft draft(Spreadsheet.Line line) {
        return new RecordDraft(
                line.cell(0),
                line.cell(1),
                line.cell(2),
                line.cell(3),
                line.cell(4),
                line.cell(5),
                fen(line.cell(6)),
                line.cell(7),
                line.cell(8));
    }

    private static Long fen(String yuan) {
        try {
            return yuan.isBlank()
                    ? null
                    : Money.parseYuan(yuan.replace(",", "").replace("¥", "").strip())
                            .fen();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
