package org.minzheng.charity.award;

import java.util.Arrays;

/** A step the cycle's state does not allow; the message key (bundle charity-evaluation) says why. */
class AwardRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    AwardRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
