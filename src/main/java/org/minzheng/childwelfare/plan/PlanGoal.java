package org.minzheng.childwelfare.plan;

import java.time.LocalDate;

record PlanGoal(long id, String goal, LocalDate metOn) {}
