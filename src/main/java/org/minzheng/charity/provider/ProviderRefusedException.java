package org.minzheng.charity.provider;

/**
 * A step the tender or contract rules do not allow; the transaction rolls back, so nothing was stored. The
 * message key is in charity-provider; {@link #field()} names the form field to mark, or is null.
 */
class ProviderRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    ProviderRefusedException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private ProviderRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    static ProviderRefusedException on(String field, String messageKey, Object... arguments) {
        return new ProviderRefusedException(field, messageKey, arguments);
    }

    String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
