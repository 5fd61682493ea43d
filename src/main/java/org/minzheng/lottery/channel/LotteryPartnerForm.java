package org.minzheng.lottery.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;

/**
 * A partner as entered. The phone is required for a new partner; on an edit a blank phone keeps the stored one,
 * since the full number is never shown again. Kind, credit code and region are checked by the controller.
 */
record LotteryPartnerForm(
        @NotBlank(message = "{lottery.partner.validation.name}")
        @Size(max = 100, message = "{lottery.validation.tooLong100}")
        @PlainText
        String name,

        @NotBlank(message = "{lottery.partner.validation.kind}")
        String kind,

        @NotBlank(message = "{lottery.partner.validation.creditCode}")
        String creditCode,

        @NotBlank(message = "{lottery.partner.validation.contact}")
        @Size(max = 50, message = "{lottery.validation.tooLong50}")
        @PlainText
        String contactName,

        @MobilePhone(message = "{lottery.validation.phone}") String phone,

        @NotBlank(message = "{lottery.validation.region}") String regionCode) {

    static LotteryPartnerForm empty() {
        return new LotteryPartnerForm("", "", "", "", "", "");
    }

    static LotteryPartnerForm of(Partner p) {
        return new LotteryPartnerForm(p.name(), p.kind().name(), p.creditCode(), p.contactName(), "", p.regionCode());
    }

    boolean phoneGiven() {
        return phone != null && !phone.isBlank();
    }
}
