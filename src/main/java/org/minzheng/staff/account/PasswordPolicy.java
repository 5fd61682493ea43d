package org.minzheng.staff.account;

import java.util.Optional;

/**
 * Password complexity of 等保 2.0 level 3 (身份鉴别 a) as commonly applied: at least 8 characters from
 * at least 3 of the 4 classes (upper case, lower case, digits, symbols), not containing the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {}

    /** @return the message key of the first rule broken, or empty when the password is acceptable */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }
}
