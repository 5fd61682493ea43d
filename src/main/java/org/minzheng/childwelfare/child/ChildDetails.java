package org.minzheng.childwelfare.child;

import java.time.Instant;

/**
 * One child's profile. The medical notes are only counted here: their text is read through
 * {@link MedicalNotes}, which checks the permission and audits each reading.
 */
record ChildDetails(ChildSummary summary, String createdBy, Instant createdAt, int medicalNotes) {}
