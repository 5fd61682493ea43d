package org.minzheng.registry.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.shared.validation.PlainText;

/** Changing a household's categories: the version the clerk saw, the new categories and why. */
record CategoriesForm(
        long version,
        List<HouseholdCategory> categories,

        @NotBlank @Size(max = 200) @PlainText(allowLineBreaks = false)
        String reason) {

    CategoriesForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        reason = reason == null ? "" : reason.strip();
    }
}
