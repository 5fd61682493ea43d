package org.minzheng.policy.monitoring;

/**
 * What a run did.
 *
 * @param households households checked
 * @param raised warnings raised
 * @param alreadyKnown findings raised before on the same facts, or with their warning still open: nothing new
 * @param failed findings whose warning could not be raised (the household changed meanwhile); logged
 */
record RunTally(long households, long raised, long alreadyKnown, long failed) {

    static final RunTally NONE = new RunTally(0, 0, 0, 0);

    RunTally plus(RunTally other) {
        return new RunTally(
                households + other.households,
                raised + other.raised,
                alreadyKnown + other.alreadyKnown,
                failed + other.failed);
    }
}
