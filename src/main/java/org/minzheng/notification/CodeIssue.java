package org.minzheng.notification;

/** The answer to asking for a one-time code. */
public enum CodeIssue {
    /** The code is on its way. */
    SENT,
    /** A code went to this phone less than a minute ago. */
    TOO_SOON,
    /** Five codes went to this phone within the last hour. */
    TOO_MANY
}
