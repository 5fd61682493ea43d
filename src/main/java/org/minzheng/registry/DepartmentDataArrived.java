package org.minzheng.registry;

import java.util.Set;

/** Departments delivered data about members of these households; monitoring rules look at them again. */
public record DepartmentDataArrived(Set<HouseholdId> households) {

    public DepartmentDataArrived {
        households = Set.copyOf(households);
    }
}
