package org.minzheng.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What other departments (医保, 公安, 残联, 人社, 车管, 不动产) reported about registered persons, summed up
 * per person for the monitoring rules.
 */
public interface DepartmentFacts {

    /** The reported facts of the members of these households, by person id; members nobody reported on are absent. */
    Map<Long, PersonFeedFacts> of(Collection<HouseholdId> households);

    /**
     * One person's reported facts.
     *
     * @param medicalExpenseFen12Months medical spending paid out of pocket in the last twelve months
     * @param diedOn the date of death the police reported, null while alive
     * @param certifiedDisabilityCategory the category on the newest disability certificate, null when none
     * @param certifiedDisabilityGrade its grade (1 most severe), null when none
     * @param certifiedOn the day that certificate was issued, null when none
     * @param registeredUnemployed whether 人社 lists the person as registered unemployed
     * @param vehicles motor vehicles registered to the person
     * @param properties homes registered to the person beyond the one they live in
     */
    record PersonFeedFacts(
            long personId,
            long medicalExpenseFen12Months,
            LocalDate diedOn,
            String certifiedDisabilityCategory,
            Integer certifiedDisabilityGrade,
            LocalDate certifiedOn,
            boolean registeredUnemployed,
            int vehicles,
            int properties) {}
}
