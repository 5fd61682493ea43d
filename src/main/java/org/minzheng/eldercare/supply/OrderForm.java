package org.minzheng.eldercare.supply;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A product ordered for delivery to an elder. */
record OrderForm(
        @NotNull(message = "{eldercare.supply.validation.choose}")
        Long elderId,

        @NotNull(message = "{eldercare.supply.validation.choose}")
        Long productId,

        @NotNull(message = "{eldercare.supply.validation.quantity}")
        @Min(value = 1, message = "{eldercare.supply.validation.quantity}")
        @Max(value = 999, message = "{eldercare.supply.validation.quantity}")
        Integer quantity) {

    static OrderForm empty() {
        return new OrderForm(null, null, 1);
    }
}
