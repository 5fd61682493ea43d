package org.minzheng.notification;

import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.PhoneNumber;

/** Fresh mobile numbers, so that tests sharing one database never meet each other's rate limits. */
public final class TestPhones {

    private TestPhones() {}

    public static PhoneNumber aMobile() {
        return new PhoneNumber(
                "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    /** A reference no other test uses. */
    public static String aReference() {
        return "QA-" + Long.toString(System.nanoTime(), 36);
    }
}
