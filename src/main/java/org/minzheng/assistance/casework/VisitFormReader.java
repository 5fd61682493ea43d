package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minzheng.assistance.meanstest.AssetKind;
import org.minzheng.assistance.meanstest.ExpenseKind;
import org.minzheng.assistance.meanstest.HouseholdMeans;
import org.minzheng.assistance.meanstest.IncomeKind;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.validation.PlainTextValidator;
import org.springframework.validation.Errors;

/**
 * Reads the home-visit form into a {@link HomeVisit}, naming every wrong field (an ID number that
 * fails its check digit, an amount with letters, a script tag) so the caseworker fixes them all at
 * once; nothing is saved while any remains.
 */
final class VisitFormReader {

    /** The relationships (GB/T 4761 codes) a caseworker chooses from in the field. */
    static final List<String> RELATIONSHIPS = List.of("02", "10", "20", "30", "40", "50", "60", "70", "80", "99");

    static final int MAX_NAME = 20;
    static final int MAX_LINE = 50;
    static final int MAX_TEXT = 500;
    static final int MAX_ADDRESS = 100;
    static final int MAX_INVESTIGATORS = 60;
    static final int MAX_ROWS = 30;

    /** Ten million yuan: beyond any household figure, so a slipped finger is caught. */
    static final long MAX_AMOUNT_FEN = 10_000_000_00L;

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private VisitFormReader() {}

    static Optional<HomeVisit> read(VisitForm form, LocalDate today, Errors errors) {
        HukouType hukou = parseEnum(HukouType.class, form.getHukouType());
        if (hukou == null) {
            errors.rejectValue("hukouType", "assistance.visit.hukou.required");
        }
        text(form.getAddress(), MAX_ADDRESS, "address", errors);
        text(form.getInvestigators(), MAX_INVESTIGATORS, "investigators", errors);
        text(form.getNeighbourhood(), MAX_TEXT, "neighbourhood", errors);
        text(form.getSupporters(), MAX_TEXT, "supporters", errors);
        text(form.getNotes(), MAX_TEXT, "notes", errors);
        LocalDate visitedOn = date(form.getVisitedOn(), today, errors);
        Long proposed = VisitForm.isBlank(form.getProposed()) ? null : money(form.getProposed(), "proposed", errors);

        List<HomeVisit.Member> members = members(form, errors);
        List<HouseholdMeans.Income> incomes = rows(
                form.getIncomes(),
                "incomes",
                IncomeKind.class,
                errors,
                (row, kind, fen) ->
                        new HouseholdMeans.Income(kind, row.getDescription().strip(), fen));
        List<HouseholdMeans.Expense> expenses = rows(
                form.getExpenses(),
                "expenses",
                ExpenseKind.class,
                errors,
                (row, kind, fen) ->
                        new HouseholdMeans.Expense(kind, row.getDescription().strip(), fen));
        List<HouseholdMeans.Asset> assets = rows(
                form.getAssets(),
                "assets",
                AssetKind.class,
                errors,
                (row, kind, fen) -> new HouseholdMeans.Asset(
                        kind, row.getDescription().strip(), fen, ((VisitForm.AssetRow) row).isExempt()));
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new HomeVisit(
                hukou,
                strip(form.getAddress()),
                visitedOn,
                strip(form.getInvestigators()),
                members,
                incomes,
                assets,
                expenses,
                proposed,
                strip(form.getNeighbourhood()),
                strip(form.getSupporters()),
                strip(form.getNotes())));
    }

    /** The saved visit as a form to edit further. */
    static VisitForm form(HomeVisit visit, long caseVersion, long visitVersion) {
        VisitForm form = new VisitForm();
        form.setCaseVersion(caseVersion);
        form.setVisitVersion(visitVersion);
        form.setHukouType(visit.hukouType().name());
        form.setAddress(orEmpty(visit.address()));
        form.setVisitedOn(visit.visitedOn() == null ? "" : visit.visitedOn().toString());
        form.setInvestigators(orEmpty(visit.investigators()));
        form.setProposed(
                visit.proposedFen() == null
                        ? ""
                        : Money.ofFen(visit.proposedFen()).toYuanString());
        form.setNeighbourhood(orEmpty(visit.neighbourhood()));
        form.setSupporters(orEmpty(visit.supporters()));
        form.setNotes(orEmpty(visit.notes()));
        for (HomeVisit.Member member : visit.members()) {
            VisitForm.MemberRow row = new VisitForm.MemberRow();
            row.setName(member.name());
            row.setIdNumber(member.idNumber().value());
            row.setRelationship(member.relationship());
            row.setWorkAbility(member.workAbility().name());
            form.getMembers().add(row);
        }
        visit.incomes().forEach(income -> form.getIncomes()
                .add(amountRow(
                        new VisitForm.IncomeRow(), income.kind().name(), income.description(), income.yearFen())));
        visit.expenses().forEach(expense -> form.getExpenses()
                .add(amountRow(
                        new VisitForm.ExpenseRow(), expense.kind().name(), expense.description(), expense.yearFen())));
        visit.assets().forEach(asset -> {
            VisitForm.AssetRow row =
                    amountRow(new VisitForm.AssetRow(), asset.kind().name(), asset.description(), asset.valueFen());
            row.setExempt(asset.exempt());
            form.getAssets().add(row);
        });
        return form;
    }

    private static <R extends VisitForm.AmountRow> R amountRow(R row, String kind, String description, long fen) {
        row.setKind(kind);
        row.setDescription(description);
        row.setAmount(Money.ofFen(fen).toYuanString());
        return row;
    }

    private static List<HomeVisit.Member> members(VisitForm form, Errors errors) {
        List<HomeVisit.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<VisitForm.MemberRow> rows = form.getMembers();
        if (rows.stream().filter(row -> !row.blank()).count() > MAX_ROWS) {
            errors.rejectValue("members", "assistance.visit.rows.tooMany", new Object[] {MAX_ROWS}, null);
            return members;
        }
        for (int i = 0; i < rows.size(); i++) {
            VisitForm.MemberRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "members[" + i + "].";
            boolean ok = text(row.getName(), MAX_NAME, path + "name", errors);
            if (ok && VisitForm.isBlank(row.getName())) {
                errors.rejectValue(path + "name", "assistance.visit.member.name.required");
                ok = false;
            }
            String idText =
                    row.getIdNumber() == null ? "" : row.getIdNumber().strip().toUpperCase(java.util.Locale.ROOT);
            if (!IdNumber.isValid(idText)) {
                errors.rejectValue(path + "idNumber", "assistance.visit.member.idNumber.invalid");
                ok = false;
            } else if (!seen.add(idText)) {
                errors.rejectValue(path + "idNumber", "assistance.visit.member.idNumber.duplicate");
                ok = false;
            }
            if (!RELATIONSHIPS.contains(row.getRelationship())) {
                errors.rejectValue(path + "relationship", "assistance.visit.member.relationship.required");
                ok = false;
            }
            WorkAbility ability = parseEnum(WorkAbility.class, row.getWorkAbility());
            if (ability == null) {
                errors.rejectValue(path + "workAbility", "assistance.visit.member.workAbility.required");
                ok = false;
            }
            if (ok) {
                members.add(new HomeVisit.Member(
                        row.getName().strip(), IdNumber.parse(idText), row.getRelationship(), ability));
            }
        }
        return members;
    }

    private static <R extends VisitForm.AmountRow, K extends Enum<K>, T> List<T> rows(
            List<R> rows, String table, Class<K> kinds, Errors errors, RowMaker<R, K, T> maker) {
        List<T> read = new ArrayList<>();
        if (rows.stream().filter(row -> !row.blank()).count() > MAX_ROWS) {
            errors.rejectValue(table, "assistance.visit.rows.tooMany", new Object[] {MAX_ROWS}, null);
            return read;
        }
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = table + "[" + i + "].";
            K kind = parseEnum(kinds, row.getKind());
            boolean ok = true;
            if (kind == null) {
                errors.rejectValue(path + "kind", "assistance.visit.row.kind.required");
                ok = false;
            }
            ok &= text(row.getDescription(), MAX_LINE, path + "description", errors);
            Long fen = money(row.getAmount(), path + "amount", errors);
            if (ok && fen != null) {
                read.add(maker.make(row, kind, fen));
            }
        }
        return read;
    }

    private static Long money(String text, String field, Errors errors) {
        try {
            long fen = Money.parseYuan(text).fen();
            if (fen < 0 || fen > MAX_AMOUNT_FEN) {
                errors.rejectValue(field, "assistance.visit.amount.range");
                return null;
            }
            return fen;
        } catch (InvalidMoneyException wrong) {
            errors.rejectValue(field, "assistance.visit.amount.invalid");
            return null;
        }
    }

    private static LocalDate date(String text, LocalDate today, Errors errors) {
        if (VisitForm.isBlank(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today) || date.isBefore(EARLIEST)) {
                errors.rejectValue("visitedOn", "assistance.visit.date.range");
                return null;
            }
            return date;
        } catch (DateTimeParseException wrong) {
            errors.rejectValue("visitedOn", "assistance.visit.date.invalid");
            return null;
        }
    }

    /** Free text: optional, bounded, no markup or control characters (line breaks allowed). */
    private static boolean text(String value, int max, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.rejectValue(field, "assistance.visit.text.tooLong", new Object[] {max}, null);
            return false;
        }
        if (!new PlainTextValidator().isValid(stripped.replaceAll("[\\r\\n\\t]", " "), null)) {
            errors.rejectValue(field, "assistance.visit.text.plain");
            return false;
        }
        return true;
    }

    private static <K extends Enum<K>> K parseEnum(Class<K> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @FunctionalInterface
    private interface RowMaker<R, K, T> {
        T make(R row, K kind, long fen);
    }
}
