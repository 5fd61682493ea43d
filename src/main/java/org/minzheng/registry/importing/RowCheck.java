package org.minzheng.registry.importing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.registry.household.PersonalDataContexts;
import org.minzheng.registry.synthetic.CollectionFile;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.InvalidIdNumberException;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;

/**
 * The checks of one row of the collection file that need no other row (docs/registry-collection-file.md):
 * cells present, codes known, ID number valid, amounts in yuan and fen, village known and within the
 * uploader's scope. The first problem found rejects the row. Thread-safe, so rows are checked in parallel.
 */
final class RowCheck {

    static final int COLUMNS = CollectionFile.HEADINGS.size();
    /** GB/T 4761 code of the head of household, as the household form stores it. */
    static final String HEAD = "02";
    /** The file's words for the hukou (docs/registry-collection-file.md). */
    static final String RURAL = "农村";

    static final String URBAN = "城镇";

    // Must equal the household module's contexts: rows written here are read there.

    private static final int KEY = 0;
    private static final int VILLAGE = 1;
    private static final int ADDRESS = 2;
    private static final int HUKOU = 3;
    private static final int CATEGORIES = 4;
    private static final int ASSETS = 5;
    private static final int NAME = 6;
    private static final int ID_NUMBER = 7;
    private static final int RELATIONSHIP = 8;
    private static final int WORK_ABILITY = 9;
    private static final int DISABILITY_CATEGORY = 10;
    private static final int DISABILITY_GRADE = 11;
    private static final int INCOME = 12;
    private static final List<Integer> REQUIRED =
            List.of(KEY, VILLAGE, ADDRESS, HUKOU, NAME, ID_NUMBER, RELATIONSHIP, WORK_ABILITY);

    /** What the region tree says about a village code. */
    enum VillageVerdict {
        IN_SCOPE,
        UNKNOWN,
        OUTSIDE_SCOPE
    }

    /** The code lists a row is checked against, read once per import. */
    record CodeLists(Set<String> relationships, Set<String> disabilityCategories, Set<String> disabilityGrades) {}

    private final CodeLists codes;
    private final Function<String, VillageVerdict> villages;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final LocalDate today;
    private final boolean exactWidth;

    /**
     * @param exactWidth a CSV row must have all 13 cells; an Excel row may end early where its last cells are
     *     empty
     */
    RowCheck(
            CodeLists codes,
            Function<String, VillageVerdict> villages,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            LocalDate today,
            boolean exactWidth) {
        this.codes = codes;
        this.villages = villages;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.today = today;
        this.exactWidth = exactWidth;
    }

    StagedRow check(Line line) {
        List<String> cells = line.cells();
        String key = clip(line.cell(KEY), 40);
        String rawName = line.cell(NAME);
        String name = clip(withoutControls(rawName), 50);
        String rawId = line.cell(ID_NUMBER);
        boolean head = HEAD.equals(line.cell(RELATIONSHIP));
        Rejection reject = (problem, column) -> StagedRow.rejected(
                line.number(), key, head, name, masked(rawId), problem, column < 0 ? null : heading(column));

        if ((exactWidth && cells.size() != COLUMNS) || hasCellsBeyondLayout(cells)) {
            return reject.at(RowProblem.COLUMN_COUNT, -1);
        }
        for (int column : REQUIRED) {
            if (line.cell(column).isEmpty()) {
                return reject.at(RowProblem.BLANK, column);
            }
        }
        if (key.length() < line.cell(KEY).length() || !isPlain(key)) {
            return reject.at(RowProblem.HOUSEHOLD_KEY, KEY);
        }
        String village = line.cell(VILLAGE);
        if (!village.matches("[0-9]{12}")) {
            return reject.at(RowProblem.VILLAGE_FORMAT, VILLAGE);
        }
        switch (villages.apply(village)) {
            case UNKNOWN -> {
                return reject.at(RowProblem.UNKNOWN_VILLAGE, VILLAGE);
            }
            case OUTSIDE_SCOPE -> {
                return reject.at(RowProblem.OUTSIDE_SCOPE, VILLAGE);
            }
            case IN_SCOPE -> {}
        }
        String address = line.cell(ADDRESS);
        if (address.length() > 100 || !isPlain(address)) {
            return reject.at(RowProblem.ADDRESS, ADDRESS);
        }
        Optional<HukouType> hukou = hukou(line.cell(HUKOU));
        if (hukou.isEmpty()) {
            return reject.at(RowProblem.HUKOU, HUKOU);
        }
        Optional<String> categories = categories(line.cell(CATEGORIES));
        if (categories.isEmpty()) {
            return reject.at(RowProblem.CATEGORY, CATEGORIES);
        }
        Amount assets = amount(line.cell(ASSETS));
        if (assets.problem() != null) {
            return reject.at(assets.problem(), ASSETS);
        }
        if (rawName.length() > 50 || !isPlain(rawName)) {
            return reject.at(RowProblem.NAME, NAME);
        }
        IdNumber idNumber;
        try {
            idNumber = IdNumber.parse(rawId, today);
        } catch (InvalidIdNumberException invalid) {
            RowProblem problem =
                    switch (invalid.reason()) {
                        case CHECK_DIGIT -> RowProblem.ID_CHECK_DIGIT;
                        case BIRTH_DATE -> RowProblem.ID_BIRTH_DATE;
                        default -> RowProblem.ID_FORMAT;
                    };
            return reject.at(problem, ID_NUMBER);
        }
        String relationship = line.cell(RELATIONSHIP);
        if (!codes.relationships().contains(relationship)) {
            return reject.at(RowProblem.RELATIONSHIP, RELATIONSHIP);
        }
        Optional<WorkAbility> workAbility = workAbility(line.cell(WORK_ABILITY));
        if (workAbility.isEmpty()) {
            return reject.at(RowProblem.WORK_ABILITY, WORK_ABILITY);
        }
        String disabilityCategory = line.cell(DISABILITY_CATEGORY);
        String disabilityGrade = line.cell(DISABILITY_GRADE);
        if (disabilityCategory.isEmpty() != disabilityGrade.isEmpty()
                || (!disabilityCategory.isEmpty()
                        && !(codes.disabilityCategories().contains(disabilityCategory)
                                && codes.disabilityGrades().contains(disabilityGrade)))) {
            return reject.at(RowProblem.DISABILITY, DISABILITY_CATEGORY);
        }
        Amount income = amount(line.cell(INCOME));
        if (income.problem() != null) {
            return reject.at(income.problem(), INCOME);
        }
        return new StagedRow(
                line.number(),
                key,
                head,
                village,
                address,
                hukou.get().name(),
                categories.get(),
                assets.fen(),
                rawName,
                idNumber.maskedForStaff(),
                cipher.encrypt(idNumber.value(), PersonalDataContexts.ID_NUMBER),
                blindIndex.of(idNumber.value(), PersonalDataContexts.ID_NUMBER),
                idNumber.sex().gbCode(),
                idNumber.birthDate(),
                relationship,
                workAbility.get().name(),
                disabilityCategory.isEmpty() ? null : disabilityCategory,
                disabilityGrade.isEmpty() ? null : disabilityGrade,
                income.fen(),
                null,
                null);
    }

    @FunctionalInterface
    private interface Rejection {
        StagedRow at(RowProblem problem, int column);
    }

    private record Amount(Long fen, RowProblem problem) {}

    private static Amount amount(String cell) {
        if (cell.isEmpty()) {
            return new Amount(null, null);
        }
        try {
            Money money = Money.parseYuan(cell);
            return money.isNegative() ? new Amount(null, RowProblem.AMOUNT_NEGATIVE) : new Amount(money.fen(), null);
        } catch (InvalidMoneyException invalid) {
            return new Amount(
                    null,
                    invalid.reason() == InvalidMoneyException.Reason.DECIMALS
                            ? RowProblem.AMOUNT_PRECISION
                            : RowProblem.AMOUNT_FORMAT);
        }
    }

    /** The codes of the cell in the register's order, as an array literal; empty when a code is unknown. */
    private static Optional<String> categories(String cell) {
        Set<HouseholdCategory> found = EnumSet.noneOf(HouseholdCategory.class);
        for (String code : cell.split("\\|")) {
            String trimmed = code.strip().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<HouseholdCategory> category = HouseholdCategory.ofCode(trimmed);
            if (category.isEmpty()) {
                return Optional.empty();
            }
            found.add(category.get());
        }
        return Optional.of(found.stream().map(HouseholdCategory::code).collect(Collectors.joining(",", "{", "}")));
    }

    /** The file's words for the hukou, or the register's own names. */
    private static Optional<HukouType> hukou(String cell) {
        if (cell.equals(RURAL) || cell.equalsIgnoreCase(HukouType.RURAL.name())) {
            return Optional.of(HukouType.RURAL);
        }
        if (cell.equals(URBAN) || cell.equalsIgnoreCase(HukouType.URBAN.name())) {
            return Optional.of(HukouType.URBAN);
        }
        return Optional.empty();
    }

    private static Optional<WorkAbility> workAbility(String cell) {
        for (WorkAbility ability : WorkAbility.values()) {
            if (ability.name().equalsIgnoreCase(cell)) {
                return Optional.of(ability);
            }
        }
        return Optional.empty();
    }

    private static boolean hasCellsBeyondLayout(List<String> cells) {
        for (int i = COLUMNS; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** No angle brackets (markup), no control or bidirectional-override characters. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<'
                    || c == '>'
                    || Character.isISOControl(c)
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return false;
            }
        }
        return true;
    }

    private static String withoutControls(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** A rejected row's ID number as staff see any: first six and last four characters. */
    private static String masked(String raw) {
        String compact = raw.strip();
        if (compact.length() < 10) {
            return compact.isEmpty() ? null : "*".repeat(Math.min(compact.length(), 18));
        }
        return clip(compact.substring(0, 6), 6)
                + "*".repeat(Math.min(compact.length() - 10, 10))
                + compact.substring(compact.length() - 4);
    }

    static String heading(int column) {
        return CollectionFile.HEADINGS.get(column);
    }
}
