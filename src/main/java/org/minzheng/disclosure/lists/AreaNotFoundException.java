package org.minzheng.disclosure.lists;

/** No public list at that address: not a region of the city. Answered with a friendly page, never a stack trace. */
class AreaNotFoundException extends RuntimeException {

    AreaNotFoundException() {
        super("no public list at this address");
    }
}
