package org.minzheng.charity.project;

import java.time.LocalDate;
import java.util.List;

/** A charity project as staff pages show it. */
record Project(
        long id,
        String name,
        String goal,
        long budgetFen,
        int targetBeneficiaries,
        String organisation,
        String creditCode,
        String contact,
        String regionCode,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        String createdBy,
        List<String> needs) {}
