package org.minzheng.registry.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.validation.PlainText;

/** The form registering a household: the head and up to {@link #MEMBER_ROWS} further members. */
record HouseholdForm(
        @Pattern(regexp = "[0-9]{12}", message = "{registry.form.village.required}")
        String villageCode,

        @NotBlank @Size(max = 200) @PlainText(allowLineBreaks = false)
        String address,

        @NotNull(message = "{registry.form.hukou.required}") HukouType hukouType,
        List<HouseholdCategory> categories,
        @Valid PersonFields head,
        @Valid List<PersonFields> members) {

    static final int MEMBER_ROWS = 5;

    HouseholdForm {
        villageCode = villageCode == null ? "" : villageCode.strip();
        address = address == null ? "" : address.strip();
        categories = categories == null ? List.of() : List.copyOf(categories);
        head = head == null ? PersonFields.empty() : head;
        List<PersonFields> rows = new ArrayList<>();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            PersonFields row = members != null && i < members.size() ? members.get(i) : null;
            rows.add(row == null ? PersonFields.empty() : row);
        }
        members = List.copyOf(rows);
    }

    static HouseholdForm empty() {
        return new HouseholdForm("", "", HukouType.RURAL, List.of(), null, null);
    }
}
