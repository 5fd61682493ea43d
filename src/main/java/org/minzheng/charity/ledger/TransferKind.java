package org.minzheng.charity.ledger;

/** Why money moves from one fund to another. */
public enum TransferKind {
    /** A general fund gives undirected gifts to a project. */
    ALLOCATION,
    /** A closed project's remainder goes to a similar project or back to the general fund (慈善法 art. 58). */
    LEFTOVER
}
