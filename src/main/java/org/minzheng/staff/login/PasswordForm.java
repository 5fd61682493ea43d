package org.minzheng.staff.login;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(
        @NotBlank String currentPassword,
        @NotBlank String newPassword,
        @NotBlank String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
