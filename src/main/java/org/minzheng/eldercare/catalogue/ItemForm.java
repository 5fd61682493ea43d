package org.minzheng.eldercare.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.minzheng.shared.validation.YuanAmount;

/** The standard duration and unit price of a catalogue item. */
record ItemForm(
        @NotNull(message = "{eldercare.provider.validation.required}")
        @Min(value = 1, message = "{eldercare.catalogue.validation.minutes}")
        @Max(value = 480, message = "{eldercare.catalogue.validation.minutes}")
        Integer standardMinutes,

        @NotBlank(message = "{eldercare.provider.validation.required}") @YuanAmount(max = 1_000_000)
        String unitPrice) {

    static ItemForm of(ServiceItem item) {
        return new ItemForm(item.standardMinutes(), item.unitPrice().toYuanString());
    }
}
