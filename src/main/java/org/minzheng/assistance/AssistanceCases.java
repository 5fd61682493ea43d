package org.minzheng.assistance;

import java.util.Optional;
import org.minzheng.shared.PhoneNumber;

/** Assistance cases as the citizen portal and other modules use them. */
public interface AssistanceCases {

    /**
     * Files a new case and tells the applicant its number by SMS. Submitting twice with the same
     * {@code idempotencyKey} (a double click, a retried request) files one case and returns its number.
     *
     * @throws CaseRefused with a message key when the case cannot be filed (e.g. an open case of the
     *     same programme for the same ID number exists)
     */
    CaseNumber submit(NewCase application, String idempotencyKey);

    /** The case's steps, only when the phone is the one the case was filed with. */
    Optional<CaseTracking> track(CaseNumber number, PhoneNumber phone);
}
