package org.minzheng.attachment;

import java.util.Arrays;

/**
 * A file the store will not keep. The message key (bundle {@code i18n/attachment}) tells the sender
 * what to do instead; nothing of the file is kept.
 */
public class UploadRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UploadRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
