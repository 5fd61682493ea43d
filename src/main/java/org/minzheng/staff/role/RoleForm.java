package org.minzheng.staff.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.minzheng.shared.validation.PlainText;

/** The role form; the code is fixed once the role exists. */
record RoleForm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{role.code.pattern}")
        String code,

        @NotBlank @Size(max = 50) @PlainText(allowLineBreaks = false)
        String nameZh,

        @NotBlank @Size(max = 80) @PlainText(allowLineBreaks = false)
        String nameEn,

        @Size(max = 200) @PlainText String description,
        Boolean requiresSecondFactor,
        List<String> permissions) {

    RoleForm {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        description = description == null ? "" : description.strip();
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        // An unticked checkbox sends nothing; absent means no.
        requiresSecondFactor = Boolean.TRUE.equals(requiresSecondFactor);
    }

    static RoleForm empty() {
        return new RoleForm("", "", "", "", false, List.of());
    }

    static RoleForm of(Role role) {
        return new RoleForm(
                role.code(),
                role.nameZh(),
                role.nameEn(),
                role.description(),
                role.requiresSecondFactor(),
                List.copyOf(role.permissions()));
    }

    Role toRole() {
        return new Role(
                code,
                nameZh,
                nameEn,
                description.isEmpty() ? null : description,
                false,
                requiresSecondFactor,
                java.util.Set.copyOf(permissions),
                0);
    }
}
