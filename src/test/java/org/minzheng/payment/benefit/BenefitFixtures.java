package org.minzheng.payment.benefit;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.IdNumber;
import tools.jackson.databind.json.JsonMapper;

/** Benefit records for tests: made-up people (address code 371627, which nothing else uses), ids no other test uses. */
final class BenefitFixtures {

    static final String ID_NUMBER = freshIdNumber();

    private BenefitFixtures() {}

    static String aPrefix() {
        return "T" + Long.toString(System.nanoTime(), 36) + "-";
    }

    static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371627%04d%02d%02d%03d",
                1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    static YearMonth lastMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    }

    /** A record as the API takes it, for last month, paid on its 15th. */
    static Map<String, Object> record(String externalId, String idNumber, String phone, long fen) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", externalId);
        record.put("idNumber", idNumber);
        record.put("name", "测试群众");
        record.put("phone", phone);
        record.put("benefit", "门诊慢特病医疗救助");
        record.put("month", lastMonth().toString());
        record.put("amountFen", fen);
        record.put("paidOn", lastMonth().atDay(15).toString());
        record.put("note", null);
        return record;
    }

    static String json(Object value) {
        return JsonMapper.builder().build().writeValueAsString(value);
    }
}
