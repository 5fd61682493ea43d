package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.assistance.meanstest.HouseholdMeans;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;

/**
 * The home visit (入户调查, 低保办法 art. 16) as the caseworker records it: who lives in the household,
 * their incomes, assets and rigid expenses, what the neighbours said, and who made the visit.
 *
 * @param investigators the names of the visiting team, at least two people (art. 16)
 * @param proposedFen for 临时救助, the amount proposed; null otherwise
 * @param neighbourhood the neighbourhood visit record (邻里访问)
 * @param supporters what was found about legal supporters (赡养、抚养、扶养义务人), which 特困 turns on
 */
record HomeVisit(
        HukouType hukouType,
        String address,
        LocalDate visitedOn,
        String investigators,
        List<Member> members,
        List<HouseholdMeans.Income> incomes,
        List<HouseholdMeans.Asset> assets,
        List<HouseholdMeans.Expense> expenses,
        Long proposedFen,
        String neighbourhood,
        String supporters,
        String notes) {

    /** Relationship code of the head of the household in dictionary {@code relationship}. */
    static final String HEAD = "02";

    HomeVisit {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        assets = List.copyOf(assets);
        expenses = List.copyOf(expenses);
    }

    HouseholdMeans means(LocalDate today) {
        return new HouseholdMeans(
                hukouType == HukouType.URBAN,
                members.stream()
                        .map(member -> new HouseholdMeans.Member(
                                member.name(), member.idNumber().ageOn(today), member.workAbility()))
                        .toList(),
                incomes,
                assets,
                expenses,
                proposedFen);
    }

    long heads() {
        return members.stream()
                .filter(member -> HEAD.equals(member.relationship()))
                .count();
    }

    /** The visiting team's names, split on the separators people type. */
    List<String> investigatorNames() {
        return investigators == null
                ? List.of()
                : List.of(investigators.strip().split("[\\s,，、;；]+")).stream()
                        .filter(name -> !name.isBlank())
                        .toList();
    }

    /** @param relationship code of dictionary {@code relationship} (与户主关系) */
    record Member(String name, IdNumber idNumber, String relationship, WorkAbility workAbility) {}
}
