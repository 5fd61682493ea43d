package org.minzheng.audit;

import java.util.Objects;
import org.minzheng.shared.RegionCode;

/**
 * Something that happened and must be on the record. The actor is taken from the signed-in staff
 * member unless given, as for a login attempt that has no session yet.
 *
 * @param action what happened, {@code module.resource.verb} (also the message key suffix {@code audit.action.<action>})
 * @param targetType kind of thing acted on, e.g. {@code staff.account}; may be null
 * @param targetId id of the thing acted on; never personal data in clear
 * @param regionCode region of the thing acted on, for the auditors' data scope; may be null
 * @param detail short free text, masked where it names people
 * @param actorUsername who acted when no one is signed in yet; null means the signed-in staff member
 * @param actorRegion the region of that actor
 */
public record AuditEvent(
        AuditCategory category,
        String action,
        AuditOutcome outcome,
        String targetType,
        String targetId,
        RegionCode regionCode,
        String detail,
        String actorUsername,
        RegionCode actorRegion) {

    public AuditEvent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (!action.matches("[a-z]+(\\.[a-z-]+)+")) {
            throw new IllegalArgumentException("Audit action must read module.resource.verb: " + action);
        }
    }

    /** A state change by the signed-in staff member. */
    public static AuditEvent operation(String action, String targetType, String targetId, RegionCode regionCode) {
        return new AuditEvent(
                AuditCategory.OPERATION,
                action,
                AuditOutcome.SUCCESS,
                targetType,
                targetId,
                regionCode,
                null,
                null,
                null);
    }

    /** A reveal of unmasked personal data to the signed-in staff member. */
    public static AuditEvent reveal(String what, String targetType, String targetId, RegionCode regionCode) {
        return new AuditEvent(
                AuditCategory.PERSONAL_DATA,
                "pii.reveal." + what,
                AuditOutcome.SUCCESS,
                targetType,
                targetId,
                regionCode,
                null,
                null,
                null);
    }

    /** A sign-in attempt or other session event for {@code username}, before or outside a session. */
    public static AuditEvent login(String action, AuditOutcome outcome, String username, RegionCode region) {
        return new AuditEvent(
                AuditCategory.LOGIN, action, outcome, "staff.account", username, region, null, username, region);
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(
                category, action, outcome, targetType, targetId, regionCode, text, actorUsername, actorRegion);
    }

    public AuditEvent failed() {
        return new AuditEvent(
                category,
                action,
                AuditOutcome.FAILURE,
                targetType,
                targetId,
                regionCode,
                detail,
                actorUsername,
                actorRegion);
    }
}
