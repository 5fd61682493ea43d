package org.minzheng.childwelfare.plan;

import org.minzheng.shared.RegionCode;

/** The child a rehabilitation page is about, as far as plans need it. */
record PlanChild(long id, String name, long institutionId, RegionCode region, String disabilityType) {}
