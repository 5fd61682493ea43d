package org.minzheng.assistance.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * The home-visit form as the phone sends it: rows of members, incomes, assets and expenses, with
 * amounts as typed (yuan). A mutable bean because rows are bound by index ({@code members[2].name});
 * rows left entirely blank are ignored. {@link VisitFormReader} turns it into a {@link HomeVisit}.
 */
public class VisitForm {

    /** Blank rows offered under the filled ones, so a phone without JavaScript can still add lines. */
    static final int SPARE_ROWS = 1;

    private long caseVersion;
    private long visitVersion = HomeVisitRepository.NONE;
    private String hukouType = "";
    private String address = "";
    private String visitedOn = "";
    private String investigators = "";
    private String proposed = "";
    private String neighbourhood = "";
    private String supporters = "";
    private String notes = "";
    private List<MemberRow> members = new ArrayList<>();
    private List<IncomeRow> incomes = new ArrayList<>();
    private List<AssetRow> assets = new ArrayList<>();
    private List<ExpenseRow> expenses = new ArrayList<>();

    /** Adds blank rows at the end of each table, for typing new lines. */
    VisitForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            members.add(new MemberRow());
            incomes.add(new IncomeRow());
            assets.add(new AssetRow());
            expenses.add(new ExpenseRow());
        }
        return this;
    }

    public long getCaseVersion() {
        return caseVersion;
    }

    public void setCaseVersion(long caseVersion) {
        this.caseVersion = caseVersion;
    }

    public long getVisitVersion() {
        return visitVersion;
    }

    public void setVisitVersion(long visitVersion) {
        this.visitVersion = visitVersion;
    }

    public String getHukouType() {
        return hukouType;
    }

    public void setHukouType(String hukouType) {
        this.hukouType = hukouType;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(String visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getInvestigators() {
        return investigators;
    }

    public void setInvestigators(String investigators) {
        this.investigators = investigators;
    }

    public String getProposed() {
        return proposed;
    }

    public void setProposed(String proposed) {
        this.proposed = proposed;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public String getSupporters() {
        return supporters;
    }

    public void setSupporters(String supporters) {
        this.supporters = supporters;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public List<IncomeRow> getIncomes() {
        return incomes;
    }

    public void setIncomes(List<IncomeRow> incomes) {
        this.incomes = incomes;
    }

    public List<AssetRow> getAssets() {
        return assets;
    }

    public void setAssets(List<AssetRow> assets) {
        this.assets = assets;
    }

    public List<ExpenseRow> getExpenses() {
        return expenses;
    }

    public void setExpenses(List<ExpenseRow> expenses) {
        this.expenses = expenses;
    }

    /** A household member: name, ID number, relationship to the head, ability to work. */
    public static class MemberRow {
        private String name = "";
        private String idNumber = "";
        private String relationship = "";
        private String workAbility = "";

        boolean blank() {
            return isBlank(name) && isBlank(idNumber) && isBlank(relationship);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getRelationship() {
            return relationship;
        }

        public void setRelationship(String relationship) {
            this.relationship = relationship;
        }

        public String getWorkAbility() {
            return workAbility;
        }

        public void setWorkAbility(String workAbility) {
            this.workAbility = workAbility;
        }
    }

    /** A line of kind, description and amount: incomes and expenses (last 12 months), assets (value). */
    public static class AmountRow {
        private String kind = "";
        private String description = "";
        private String amount = "";

        boolean blank() {
            return isBlank(description) && isBlank(amount);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    public static class IncomeRow extends AmountRow {}

    public static class ExpenseRow extends AmountRow {}

    public static class AssetRow extends AmountRow {
        private boolean exempt;

        public boolean isExempt() {
            return exempt;
        }

        public void setExempt(boolean exempt) {
            this.exempt = exempt;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
