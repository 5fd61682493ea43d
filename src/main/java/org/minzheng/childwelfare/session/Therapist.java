package org.minzheng.childwelfare.session;

/** The hospital's therapist behind a staff account, and the welfare home they work in. */
record Therapist(long id, long institutionId, String name, String username) {}
