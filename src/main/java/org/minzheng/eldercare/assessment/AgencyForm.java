package org.minzheng.eldercare.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.validation.PlainText;

/**
 * An assessment agency as typed in the console. The credit code and the phone are optional; when given they
 * are checked by the controller, which also knows the regions the staff member may choose.
 *
 * @param regionCode the city or the county the agency serves
 */
record AgencyForm(
        @NotBlank(message = "{eldercare.agency.validation.required}")
        @Size(max = 100, message = "{eldercare.agency.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        String creditCode,

        @Size(max = 20, message = "{eldercare.agency.validation.tooLong}")
        String contactPhone,

        @NotBlank(message = "{eldercare.agency.validation.required}")
        String regionCode,

        Boolean active) {

    AgencyForm {
        name = strip(name);
        creditCode = CreditCode.normalise(creditCode);
        contactPhone = strip(contactPhone);
        regionCode = strip(regionCode);
        active = Boolean.TRUE.equals(active);
    }

    static AgencyForm empty(String regionCode) {
        return new AgencyForm("", "", "", regionCode, true);
    }

    static AgencyForm of(AgencyDetails agency) {
        return new AgencyForm(
                agency.name(), agency.creditCode(), agency.contactPhone(), agency.regionCode(), agency.active());
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
