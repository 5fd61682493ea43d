package org.minzheng.eldercare.assessment;

/** An assessment agency (评估机构) commissioned by the civil-affairs bureau. */
record Agency(long id, String name, boolean demo) {}
