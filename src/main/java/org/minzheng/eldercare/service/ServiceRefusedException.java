package org.minzheng.eldercare.service;

/** A step of planning, dispatch, service or settlement that the rules refuse; the message key says why. */
class ServiceRefusedException extends RuntimeException {

    private final transient Object[] args;

    ServiceRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args.clone();
    }

    String messageKey() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }
}
