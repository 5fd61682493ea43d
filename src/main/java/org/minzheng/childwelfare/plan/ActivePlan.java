package org.minzheng.childwelfare.plan;

import java.time.LocalDate;

/** The child's plan in force; due for re-assessment once its review date has passed (待复评). */
record ActivePlan(long id, LocalDate startsOn, LocalDate reviewDueOn, String createdBy, LocalDate assessedOn) {

    boolean reviewOverdue(LocalDate today) {
        return today.isAfter(reviewDueOn);
    }
}
