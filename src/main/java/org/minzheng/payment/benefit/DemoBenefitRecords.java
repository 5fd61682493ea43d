package org.minzheng.payment.benefit;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Public API keys for four departments (listed in the README, never for production) and six
 * months of made-up benefit records of two made-up people, so that 码上清 can be tried at once: sign in with
 * 371602195603120021 / 13905430001 or 37160219620821003X / 13905430002. Records are stored like any delivery
 * (by the department's record id), so a restart adds nothing twice.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoBenefitRecords implements ApplicationRunner {

    /** DEMO KEYS ONLY: published in the README. A key an administrator issued since is left alone. */
    static final Map<String, String> DEMO_KEYS = Map.of(
            "medical-insurance", "medical-insurance.DemoKey-Medical-Insurance-2026",
            "human-resources", "human-resources.DemoKey-Human-Resources-2026",
            "disabled-persons", "disabled-persons.DemoKey-Disabled-Persons-2026",
            "education", "education.DemoKey-Education-2026");

    static final String ZHANG_ID = "371602195603120021";
    static final String ZHANG_PHONE = "13905430001";
    static final String LI_ID = "37160219620821003X";
    static final String LI_PHONE = "13905430002";

    private static final Logger log = LoggerFactory.getLogger(DemoBenefitRecords.class);

    private final DepartmentRepository departments;
    private final ApiKeys keys;
    private final BenefitRecords records;
    private final Clock clock;

    DemoBenefitRecords(DepartmentRepository departments, ApiKeys keys, BenefitRecords records, Clock clock) {
        this.departments = departments;
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DEMO_KEYS.forEach((code, key) -> {
            if (departments.setKeyHashIfNone(code, keys.hash(key))) {
                log.warn("Department {} was given its PUBLIC demo API key; never run demo data in production", code);
            }
        });
        YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        List<RecordDraft> medical = new ArrayList<>();
        List<RecordDraft> pensions = new ArrayList<>();
        List<RecordDraft> disability = new ArrayList<>();
        // the yearly grant of this January, or of last year's while January is not over
        YearMonth january = YearMonth.of(thisMonth.getYear() - (thisMonth.getMonthValue() == 1 ? 1 : 0), 1);
        medical.add(draft(
                "DEMO-YB-ZB-" + january, ZHANG_ID, "张桂芝", ZHANG_PHONE, "城乡居民医保参保资助", january, 38_000, "个人缴费部分全额资助"));
        for (int back = 1; back <= 6; back++) {
            YearMonth month = thisMonth.minusMonths(back);
            pensions.add(draft("DEMO-RS-YL-" + month, ZHANG_ID, "张桂芝", ZHANG_PHONE, "城乡居民基础养老金", month, 18_800, null));
            pensions.add(draft("DEMO-RS-GW-" + month, LI_ID, "李建国", LI_PHONE, "公益性岗位补贴", month, 120_000, null));
            disability.add(draft("DEMO-CL-SH-" + month, LI_ID, "李建国", LI_PHONE, "困难残疾人生活补贴", month, 9_000, null));
            disability.add(draft("DEMO-CL-HL-" + month, LI_ID, "李建国", LI_PHONE, "重度残疾人护理补贴", month, 9_000, null));
            if (back <= 2) {
                medical.add(draft(
                        "DEMO-YB-MT-" + month, ZHANG_ID, "张桂芝", ZHANG_PHONE, "门诊慢特病医疗救助", month, 25_640, "高血压门诊费用"));
            }
        }
        int stored = records.storeDemo("medical-insurance", medical).created()
                + records.storeDemo("human-resources", pensions).created()
                + records.storeDemo("disabled-persons", disability).created();
        if (stored > 0) {
            log.info("Stored {} made-up benefit records of other departments for the 码上清 demo", stored);
        }
    }

    private static RecordDraft draft(
            String id,
            String idNumber,
            String name,
            String phone,
            String benefit,
            YearMonth month,
            long fen,
            String note) {
        return new RecordDraft(
                id,
                idNumber,
                name,
                phone,
                benefit,
                month.toString(),
                fen,
                month.atDay(15).toString(),
                note);
    }
}
