package org.minzheng.assistance;

import java.util.List;

/**
 * A case that cannot be filed or a step it cannot take; {@link #messageKey()} with {@link #args()}
 * says why in the user's language.
 */
public class CaseRefused extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public CaseRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
