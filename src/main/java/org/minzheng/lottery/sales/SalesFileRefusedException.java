package org.minzheng.lottery.sales;

import java.util.List;

/**
 * The upload is refused as a whole: either one message for the file (type, size, already imported) or the row-by-row
 * problems; nothing was stored.
 */
class SalesFileRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<SalesFile.Problem> problems;

    SalesFileRefusedException(String messageKey, List<Object> arguments, List<SalesFile.Problem> problems) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.problems = problems;
    }

    static SalesFileRefusedException of(String messageKey, Object... arguments) {
        return new SalesFileRefusedException(messageKey, List.of(arguments), List.of());
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.toArray();
    }

    List<SalesFile.Problem> problems() {
        return problems;
    }
}
