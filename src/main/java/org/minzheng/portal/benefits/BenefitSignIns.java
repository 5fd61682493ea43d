package org.minzheng.portal.benefits;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.payment.BenefitHolder;
import org.minzheng.payment.BenefitList;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.springframework.stereotype.Service;

/**
 * Signing in to 码上清 by ID number, phone and text-message code. The code goes out only when the phone is on
 * record for that ID number, but the answer is the same either way, and a sign-in that matched nobody accepts
 * no code: nobody learns from the portal who is registered, nor signs in with a code sent for someone else.
 */
@Service
class BenefitSignIns {

    /** What the codes confirm; not the purpose of 码上办's codes, so neither flow's code opens the other. */
    static final String CODE_PURPOSE = "payment.benefit-list";

    /** A sign-in not finished in this time starts again (the code itself lives five minutes). */
    static final Duration PENDING_FOR = Duration.ofMinutes(15);

    private final BenefitList benefits;
    private final OneTimeCodes codes;
    private final Clock clock;

    BenefitSignIns(BenefitList benefits, OneTimeCodes codes, Clock clock) {
        this.benefits = benefits;
        this.codes = codes;
        this.clock = clock;
    }

    /** Looks the person up and sends a code when the details match; the refusals of the phone's limits stay silent. */
    PendingSignIn start(SignInForm form) {
        IdNumber idNumber = IdNumber.parse(form.idNumber());
        PhoneNumber phone = PhoneNumber.parse(form.phone());
        Optional<BenefitHolder> holder = benefits.holder(idNumber, phone);
        holder.ifPresent(found -> codes.issue(phone, CODE_PURPOSE));
        return new PendingSignIn(phone.value(), holder.orElse(null), clock.instant());
    }

    /** A new code for the same sign-in, under the same rules. */
    void resend(PendingSignIn pending) {
        if (pending.holder() != null) {
            codes.issue(pending.phoneNumber(), CODE_PURPOSE);
        }
    }

    /** Signed in when the code is right; a wrong code counts against the phone's code. */
    Optional<SignedIn> finish(PendingSignIn pending, String code) {
        String typed = code == null ? "" : code.strip();
        if (pending.holder() == null || !typed.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        if (!codes.verify(pending.phoneNumber(), CODE_PURPOSE, typed)) {
            return Optional.empty();
        }
        return Optional.of(SignedIn.at(pending.holder(), clock.instant()));
    }

    boolean stale(PendingSignIn pending) {
        return !clock.instant().isBefore(pending.startedAt().plus(PENDING_FOR));
    }
}
