package org.minzheng.staff.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;

/**
 * The account form. On edit the user name and password fields are ignored: the name is fixed and
 * passwords are reset with their own action.
 */
public record AccountForm(
        @NotBlank @Pattern(regexp = "(?:[a-z][a-z0-9_.-]{2,39})?", message = "{account.username.pattern}")
        String username,

        @NotBlank @Size(max = 50) @PlainText(allowLineBreaks = false)
        String displayName,

        @Pattern(regexp = "[0-9]{12}", message = "{account.region.required}")
        String regionCode,

        @ValidPhone String phone,
        @NotEmpty(message = "{account.roles.required}") List<String> roles,
        String password,
        String confirmPassword) {

    public AccountForm {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        regionCode = regionCode == null ? "" : regionCode.strip();
        phone = phone == null ? "" : phone.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", "", List.of(), "", "");
    }
}
