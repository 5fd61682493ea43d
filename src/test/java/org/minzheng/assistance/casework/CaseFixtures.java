package org.minzheng.assistance.casework;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/** Applicants for tests, with made-up ID numbers (address code 371627) that no demo data uses. */
final class CaseFixtures {

    /** 里则街村委会, a village of 里则街道. */
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");

    static final String PHONE = "13905431234";

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private CaseFixtures() {}

    static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371627%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), n % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    /** A widow of 里则街村 asking for 低保 at the township window. */
    static NewCase aDibaoCaseIn(RegionCode village, String idNumber) {
        return new NewCase(
                village,
                Programme.DIBAO,
                "测试申请人",
                IdNumber.parse(idNumber),
                new PhoneNumber(PHONE),
                2,
                "丈夫去世，本人患病无劳动能力",
                List.of(),
                Channel.WALK_IN,
                "lize");
    }

    static String freshKey() {
        return "test-" + UUID.randomUUID();
    }
}
