package org.minzheng.audit.web;

import java.time.Instant;
import java.util.Arrays;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditOutcome;

/**
 * A checked search of the audit log; null parts do not filter. The data scope is not part of it: the
 * query takes the viewer's scope separately, so no filter can widen it.
 *
 * @param actor user name, exact unless {@code actorPrefix}
 * @param regionPrefix significant digits of a region within the viewer's scope; its subtree matches
 * @param actionPrefix start of the action code, e.g. {@code staff.account}
 * @param from first instant included
 * @param until first instant no longer included
 * @param text part of the detail
 */
record AuditFilter(
        AuditCategory category,
        String actor,
        boolean actorPrefix,
        String regionPrefix,
        String actionPrefix,
        AuditOutcome outcome,
        Instant from,
        Instant until,
        String text,
        Sort sort) {

    /** Everything of {@code category} whose action starts with {@code actionPrefix} since {@code from}, for counts. */
    static AuditFilter since(AuditCategory category, String actionPrefix, Instant from) {
        return new AuditFilter(category, null, false, null, actionPrefix, null, from, null, null, Sort.TIME_DESC);
    }

    /** The orders a list may take; each maps to a fixed {@code order by}, so no request text reaches the SQL. */
    enum Sort {
        TIME_DESC("time", "desc", "occurred_at desc, id desc"),
        TIME_ASC("time", "asc", "occurred_at, id"),
        ACTOR_ASC("actor", "asc", "actor_username nulls last, occurred_at desc, id desc"),
        ACTOR_DESC("actor", "desc", "actor_username desc nulls last, occurred_at desc, id desc");

        private final String column;
        private final String direction;
        private final String orderBy;

        Sort(String column, String direction, String orderBy) {
            this.column = column;
            this.direction = direction;
            this.orderBy = orderBy;
        }

        /** The requested order, newest first when the request names none or an unknown one. */
        static Sort of(String column, String direction) {
            return Arrays.stream(values())
                    .filter(sort -> sort.column.equals(column) && sort.direction.equals(direction))
                    .findFirst()
                    .orElse(TIME_DESC);
        }

        String column() {
            return column;
        }

        String direction() {
            return direction;
        }

        String orderBy() {
            return orderBy;
        }
    }
}
