package org.minzheng.payment.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.validation.PlainTextValidator;

/**
 * The rules a benefit record must meet, the same for the API and for uploaded files: a record id, a valid ID
 * number, a name, a benefit, a month not far off, an amount between one fen and one million yuan, a paid-on
 * date not in the future, and plain text everywhere.
 */
final class RecordCheck {

    static final int MAX_EXTERNAL_ID = 64;
    static final int MAX_NAME = 50;
    static final int MAX_BENEFIT = 60;
    static final int MAX_NOTE = 200;
    /** One million yuan: far above any real monthly benefit, so a slip of the decimal point is caught. */
    static final long MAX_AMOUNT_FEN = 100_000_000L;

    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.年]?(\\d{1,2})月?(?:[-/.](\\d{1,2})日?)?(?: .*)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?: .*)?");
    private static final PlainTextValidator PLAIN = new PlainTextValidator();

    private RecordCheck() {}

    /** A record that passed, or the problems of one that did not (never both). */
    record Checked(BenefitRecord record, List<RecordProblem> problems) {

        boolean valid() {
            return record != null;
        }
    }

    static Checked check(int row, RecordDraft draft, LocalDate today) {
        String externalId = strip(draft.externalId());
        List<RecordProblem> problems = new ArrayList<>();
        Problems found = (field, code) -> problems.add(new RecordProblem(row, externalId, field, code));

        if (externalId.isEmpty()) {
            found.add("externalId", "required");
        } else if (externalId.length() > MAX_EXTERNAL_ID
                || !EXTERNAL_ID.matcher(externalId).matches()) {
            found.add("externalId", "external-id");
        }
        IdNumber idNumber = null;
        if (strip(draft.idNumber()).isEmpty()) {
            found.add("idNumber", "required");
        } else if (!IdNumber.isValid(draft.idNumber())) {
            found.add("idNumber", "id-number");
        } else {
            idNumber = IdNumber.parse(draft.idNumber(), today);
        }
        String name = text(draft.name(), "name", MAX_NAME, true, found);
        PhoneNumber phone = null;
        if (!strip(draft.phone()).isEmpty()) {
            Optional<PhoneNumber> parsed = PhoneNumber.tryParse(draft.phone()).filter(PhoneNumber::isMobile);
            if (parsed.isEmpty()) {
                found.add("phone", "phone");
            } else {
                phone = parsed.get();
            }
        }
        String benefit = text(draft.benefit(), "benefit", MAX_BENEFIT, true, found);
        YearMonth month = null;
        if (strip(draft.month()).isEmpty()) {
            found.add("month", "required");
        } else {
            month = month(draft.month()).orElse(null);
            if (month == null) {
                found.add("month", "month");
            } else if (month.isBefore(EARLIEST)
                    || month.isAfter(YearMonth.from(today).plusMonths(1))) {
                found.add("month", "month-range");
            }
        }
        Long amount = draft.amountFen();
        if (amount == null || amount <= 0 || amount > MAX_AMOUNT_FEN) {
            found.add("amountFen", "amount");
        }
        LocalDate paidOn = null;
        if (!strip(draft.paidOn()).isEmpty()) {
            paidOn = day(draft.paidOn()).orElse(null);
            if (paidOn == null) {
                found.add("paidOn", "paid-on");
            } else if (paidOn.isAfter(today) || paidOn.getYear() < EARLIEST.getYear()) {
                found.add("paidOn", "paid-on-range");
            }
        }
        String note = text(draft.note(), "note", MAX_NOTE, false, found);
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(
                new BenefitRecord(
                        externalId,
                        idNumber,
                        name,
                        phone,
                        benefit,
                        month,
                        amount,
                        paidOn,
                        note.isEmpty() ? null : note),
                List.of());
    }

    /** Months as people write them: 2026-05, 2026/5, 202605, 2026年5月, or a date within the month. */
    static Optional<YearMonth> month(String text) {
        Matcher matcher = MONTH.matcher(strip(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) != null) {
                month.atDay(Integer.parseInt(matcher.group(3)));
            }
            return Optional.of(month);
        } catch (java.time.DateTimeException wrong) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> day(String text) {
        String stripped = strip(text);
        Matcher matcher = DAY.matcher(stripped);
        try {
            if (matcher.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            }
            return Optional.of(LocalDate.parse(stripped, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (java.time.DateTimeException | NumberFormatException wrong) {
            return Optional.empty();
        }
    }

    private static String text(String raw, String field, int max, boolean required, Problems found) {
        String text = strip(raw);
        if (text.isEmpty()) {
            if (required) {
                found.add(field, "required");
            }
        } else if (text.length() > max) {
            found.add(field, "too-long");
        } else if (!PLAIN.isValid(text, null)) {
            found.add(field, "plain-text");
        }
        return text;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, String code);
    }
}
