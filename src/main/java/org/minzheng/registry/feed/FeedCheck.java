package org.minzheng.registry.feed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.InvalidIdNumberException;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;

/**
 * Checks delivered records of one kind, each on its own, and names every problem of a record, so that a
 * department fixes a file in one go. The same checks serve uploads and the API.
 */
final class FeedCheck {

    /** A record that passed, or the problems of one that did not (never both). */
    record Checked(CheckedRecord record, List<FeedProblem> problems) {}

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    /** A province character, the city letter, then five or six letters and digits (new-energy plates have six). */
    private static final Pattern PLATE = Pattern.compile("\\p{IsHan}[A-Z][A-Z0-9]{5,6}");

    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.BASIC_ISO_DATE);
    private static final int NAME_LENGTH = 50;
    private static final int DETAIL_LENGTH = 200;

    private final FeedKind kind;
    private final Dictionaries dictionaries;
    private final LocalDate today;
    private final Set<String> seenIds = new HashSet<>();

    FeedCheck(FeedKind kind, Dictionaries dictionaries, LocalDate today) {
        this.kind = kind;
        this.dictionaries = dictionaries;
        this.today = today;
    }

    /** Checks the next record of the delivery; a record id given twice in one delivery is refused the second time. */
    Checked check(FeedDraft draft) {
        String externalId = draft.value(FeedField.EXTERNAL_ID);
        List<FeedProblem> problems = new ArrayList<>();
        Problems found = (field, reason) ->
                problems.add(new FeedProblem(draft.row(), clip(externalId), field.key(), "feed.problem." + reason));
        for (String extra : draft.unexpected()) {
            problems.add(new FeedProblem(draft.row(), clip(externalId), extra, "feed.problem.unexpected"));
        }
        if (externalId.isEmpty()) {
            found.add(FeedField.EXTERNAL_ID, "required");
        } else if (!EXTERNAL_ID.matcher(externalId).matches()) {
            found.add(FeedField.EXTERNAL_ID, "externalId");
        } else if (!seenIds.add(externalId)) {
            found.add(FeedField.EXTERNAL_ID, "twice");
        }
        IdNumber idNumber = null;
        try {
            idNumber = IdNumber.parse(draft.value(FeedField.ID_NUMBER), today);
        } catch (InvalidIdNumberException invalid) {
            problems.add(new FeedProblem(
                    draft.row(),
                    clip(externalId),
                    FeedField.ID_NUMBER.key(),
                    invalid.reason().messageKey()));
        }
        String name = draft.value(FeedField.NAME);
        text(name, NAME_LENGTH, true, FeedField.NAME, found);
        LocalDate occurredOn = date(draft.value(FeedField.DATE), true, FeedField.DATE, found);
        LocalDate endedOn = null;
        Long amountFen = null;
        String category = null;
        String grade = null;
        String plate = null;
        String detail = null;
        for (FeedField field : kind.columns()) {
            switch (field) {
                case AMOUNT -> amountFen = amount(draft, found);
                case CATEGORY -> category = code(draft.value(field), "disability-category", field, found);
                case GRADE -> grade = code(draft.value(field), "disability-grade", field, found);
                case PLATE -> plate = plate(draft.value(field), found);
                case ENDED_ON -> {
                    endedOn = date(draft.value(field), false, field, found);
                    if (endedOn != null && occurredOn != null && endedOn.isBefore(occurredOn)) {
                        found.add(field, "endedBeforeStart");
                    }
                }
                case DETAIL -> {
                    String text = draft.value(field);
                    text(text, DETAIL_LENGTH, kind == FeedKind.PROPERTY, field, found);
                    detail = text.isEmpty() ? null : text;
                }
                default -> {}
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(
                new CheckedRecord(
                        kind,
                        externalId,
                        idNumber,
                        name,
                        occurredOn,
                        endedOn,
                        amountFen,
                        category,
                        grade,
                        plate,
                        detail),
                List.of());
    }

    private Long amount(FeedDraft draft, Problems found) {
        Long fen = draft.amountFen();
        if (fen == null) {
            String text = draft.value(FeedField.AMOUNT);
            if (text.isEmpty()) {
                found.add(FeedField.AMOUNT, "required");
                return null;
            }
            try {
                fen = Money.parseYuan(text).fen();
            } catch (InvalidMoneyException | NumberFormatException notMoney) {
                found.add(FeedField.AMOUNT, text.startsWith("-") ? "amountNotPositive" : "amount");
                return null;
            }
        }
        if (fen <= 0) {
            found.add(FeedField.AMOUNT, "amountNotPositive");
            return null;
        }
        return fen;
    }

    private String code(String value, String dictionary, FeedField field, Problems found) {
        if (value.isEmpty()) {
            found.add(field, "required");
            return null;
        }
        if (!dictionaries.isValid(dictionary, value)) {
            found.add(field, field.key());
            return null;
        }
        return value;
    }

    private static String plate(String value, Problems found) {
        String plate = value.replace(" ", "").replace("·", "").toUpperCase(java.util.Locale.ROOT);
        if (plate.isEmpty()) {
            found.add(FeedField.PLATE, "required");
            return null;
        }
        if (!PLATE.matcher(plate).matches()) {
            found.add(FeedField.PLATE, "plate");
            return null;
        }
        return plate;
    }

    private LocalDate date(String value, boolean required, FeedField field, Problems found) {
        if (value.isEmpty()) {
            if (required) {
                found.add(field, "required");
            }
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.isAfter(today)) {
                    found.add(field, "dateFuture");
                    return null;
                }
                if (date.isBefore(EARLIEST)) {
                    found.add(field, "date");
                    return null;
                }
                return date;
            } catch (DateTimeParseException tryNext) {
                // the next layout may fit
            }
        }
        found.add(field, "date");
        return null;
    }

    private static void text(String value, int length, boolean required, FeedField field, Problems found) {
        if (value.isEmpty()) {
            if (required) {
                found.add(field, "required");
            }
            return;
        }
        if (value.length() > length) {
            found.add(field, "tooLong");
        } else if (value.codePoints().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            found.add(field, "markup");
        }
    }

    /** Record ids echo back into reports; a hostile one is cut short there. */
    private static String clip(String externalId) {
        return externalId.length() > 64 ? externalId.substring(0, 64) : externalId;
    }

    @FunctionalInterface
    private interface Problems {
        void add(FeedField field, String reason);
    }
}
