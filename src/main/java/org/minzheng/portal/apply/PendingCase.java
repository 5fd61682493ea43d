package org.minzheng.portal.apply;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/**
 * A case whose form was accepted and whose phone is not yet confirmed, kept in the citizen's session
 * between the steps. Plain strings only, because the session is serialised into the database.
 *
 * @param attachmentIds files already stored (not yet bound to anything) as the text of their ids
 * @param number the tracking number once filed, so that a repeated confirmation shows the same case
 */
record PendingCase(
        String villageCode,
        Programme programme,
        String applicantName,
        String idNumber,
        String phone,
        int householdSize,
        String reason,
        ArrayList<String> attachmentIds,
        ArrayList<String> fileNames,
        String key,
        String number)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static PendingCase of(
            String villageCode, Programme programme, CaseForm form, List<String> ids, List<String> names) {
        return new PendingCase(
                villageCode,
                programme,
                form.applicantName(),
                IdNumber.parse(form.idNumber()).value(),
                PhoneNumber.parse(form.phone()).value(),
                form.people(),
                form.reason(),
                new ArrayList<>(ids),
                new ArrayList<>(names),
                form.key(),
                null);
    }

    static String attribute(String key) {
        return "portal.apply." + key;
    }

    PhoneNumber phoneNumber() {
        return new PhoneNumber(phone);
    }

    String maskedPhone() {
        return phoneNumber().masked();
    }

    PendingCase filedAs(String caseNumber) {
        return new PendingCase(
                villageCode,
                programme,
                applicantName,
                idNumber,
                phone,
                householdSize,
                reason,
                attachmentIds,
                fileNames,
                key,
                caseNumber);
    }

    NewCase toNewCase() {
        return new NewCase(
                RegionCode.of(villageCode),
                programme,
                applicantName,
                new IdNumber(idNumber),
                phoneNumber(),
                householdSize,
                reason,
                attachmentIds.stream().map(AttachmentId::of).toList(),
                Channel.PORTAL,
                null);
    }

    /** The ID number is never written to logs, even by accident. */
    @Override
    public String toString() {
        return "PendingCase[" + key + "]";
    }
}
