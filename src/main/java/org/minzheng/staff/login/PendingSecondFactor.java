package org.minzheng.staff.login;

import java.io.Serial;
import java.io.Serializable;

/**
 * The principal between a correct password and a correct one-time code. It is deliberately not a
 * {@link org.minzheng.shared.security.StaffPrincipal}: nothing in the console treats it as signed in.
 */
record PendingSecondFactor(long accountId, String username) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";
}
