package org.minzheng.eldercare.provider;

import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.CreditCode;

/** Made-up credit codes and ID numbers that pass their checks and belong to no one. */
final class ProviderFixtures {

    private ProviderFixtures() {}

    /** A 民办非企业单位 of 滨城区 with random organisation digits. */
    static String aCreditCode() {
        StringBuilder stem = new StringBuilder("52371602");
        for (int i = 0; i < 9; i++) {
            stem.append(CreditCode.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        return stem.toString() + CreditCode.checkChar(stem.toString());
    }

    /** Born in 1970 in 滨城区, random sequence number, valid check character (GB 11643). */
    static String anIdNumber() {
        int sequence = ThreadLocalRandom.current().nextInt(1, 999);
        int day = ThreadLocalRandom.current().nextInt(1, 28);
        String first17 = "3716021970" + "06" + String.format("%02d%03d", day, sequence);
        return first17 + org.minzheng.shared.IdNumber.checkChar(first17);
    }
}
