package org.minzheng.eldercare.assessment;

/** A certified assessor of an assessment agency (评估机构). */
record Assessor(long id, long agencyId, String agencyName, String name, String certificate, boolean demo) {}
