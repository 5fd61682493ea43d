package org.minzheng.charity.provider;

/** A short reason typed into a one-field form (cancel, terminate): required, plain, at most 200 characters. */
final class FreeText {

    private FreeText() {}

    static boolean validReason(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 200) {
            return false;
        }
        return text.chars().noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n'));
    }
}
