package org.minzheng.charity.evaluation;

/** A running project whose last completed quarter has not been evaluated yet (待评估). */
record OverdueProject(long id, String name, String organisation, String regionCode, Quarter due) {}
