package org.minzheng.portal.benefits;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.minzheng.payment.BenefitHolder;
import org.minzheng.shared.PhoneNumber;

/**
 * A sign-in waiting for its text-message code, kept in the session between the two steps.
 *
 * @param holder who signs in, or {@code null} when the typed details match nobody: then no code was sent and
 *     every code is refused, while the pages look exactly as for a match
 */
record PendingSignIn(String phone, BenefitHolder holder, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "portal.benefits.pending";

    PhoneNumber phoneNumber() {
        return new PhoneNumber(phone);
    }

    String maskedPhone() {
        return phoneNumber().masked();
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + maskedPhone() + "]";
    }
}
