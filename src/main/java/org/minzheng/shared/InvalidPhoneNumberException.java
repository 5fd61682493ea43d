package org.minzheng.shared;

/** Thrown when text cannot be read as a phone number; the message never repeats the input. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    public InvalidPhoneNumberException() {
        super("Not a mainland mobile number or a landline number with area code");
    }

    public String messageKey() {
        return "phone.invalid";
    }
}
