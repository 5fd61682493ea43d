package org.minzheng.eldercare.assessment;

import org.minzheng.shared.PhoneNumber;

/** An assessor on the agency page; the phone is shown masked, as it is a person's own number. */
record AssessorListing(long id, String name, String certificate, String phone, boolean active, boolean demo) {

    public String maskedPhone() {
        return phone == null
                ? ""
                : PhoneNumber.tryParse(phone).map(PhoneNumber::masked).orElse("");
    }
}
