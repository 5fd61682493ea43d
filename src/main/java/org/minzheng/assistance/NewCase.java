package org.minzheng.assistance;

import java.util.List;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/**
 * An application as it is submitted, by a citizen on the portal or by staff for a walk-in or phone
 * request.
 *
 * @param village the village (12-digit code) where the applicant's household lives
 * @param reason the applicant's own words, plain text up to 500 characters
 * @param attachments files already stored through {@code Attachments.store}, bound to the case on submit
 * @param enteredBy the staff user name for {@link Channel#WALK_IN} and {@link Channel#PHONE}, else null
 */
public record NewCase(
        RegionCode village,
        Programme programme,
        String applicantName,
        IdNumber applicantId,
        PhoneNumber phone,
        int householdSize,
        String reason,
        List<AttachmentId> attachments,
        Channel channel,
        String enteredBy) {}
