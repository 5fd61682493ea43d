package org.minzheng.childwelfare.plan;

record TherapistChoice(long id, String name) {}
