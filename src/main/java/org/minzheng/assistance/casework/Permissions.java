package org.minzheng.assistance.casework;

/** The permissions of casework; labels under {@code permission.<code>}. */
final class Permissions {

    static final String VIEW = "assistance:case:view";
    static final String HANDLE = "assistance:case:handle";
    static final String INVESTIGATE = "assistance:case:investigate";
    static final String REVIEW = "assistance:case:review";
    static final String CONFIRM = "assistance:case:confirm";

    private Permissions() {}
}
