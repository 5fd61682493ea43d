package org.minzheng.shared;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid made-up resident ID numbers for tests: a six-digit address code, a birth date, a three-digit sequence whose
 * parity gives the sex, and the GB 11643 check character. Random days and sequences keep repeated runs and tests
 * sharing one database from meeting; each caller picks an address code that says whose people they are.
 */
public final class MadeUpIdNumbers {

    private MadeUpIdNumbers() {}

    public static String of(String address, LocalDate born, int sequence) {
        if (address.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException(address + " / " + sequence);
        }
        String first17 = address
                + String.format(
                        "%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    /** Someone born between 1940 and 1989, of either sex. */
    public static String random(String address) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return of(address, randomDay(1940 + random.nextInt(50)), random.nextInt(1000));
    }

    /**
     * Someone of the given sex born between 1950 and 1999; sequences 100–899 keep clear of the demo data's, which
     * start at 001 and end at 9xx.
     */
    public static String random(String address, boolean male) {
        return bornIn(address, 1950 + ThreadLocalRandom.current().nextInt(50), male);
    }

    /** Someone of the given sex born on a random day of {@code year}. */
    public static String bornIn(String address, int year, boolean male) {
        int sequence = 100 + ThreadLocalRandom.current().nextInt(400) * 2 + (male ? 1 : 0);
        return of(address, randomDay(year), sequence);
    }

    private static LocalDate randomDay(int year) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
