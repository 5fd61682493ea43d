package org.minzheng.assistance.recipient;

/** 低保 and 特困 pay every month until they end; 临时救助 pays once. */
enum RecipientKind {
    MONTHLY,
    ONE_OFF
}
