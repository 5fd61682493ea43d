package org.minzheng.notification.code;

import java.time.Duration;

/**
 * The limits on one-time codes, after the usual practice of Chinese government SMS verification
 * (and GB/T 39786's demand to resist guessing): a code lives five minutes, one phone gets at most
 * one code a minute and five an hour, and five wrong answers lock the code. Six digits with five
 * tries give a guesser a chance of 1 in 200,000 per code.
 */
final class CodeRules {

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    static final Duration MIN_GAP = Duration.ofSeconds(60);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_PER_WINDOW = 5;
    static final int MAX_WRONG_TRIES = 5;

    private CodeRules() {}
}
