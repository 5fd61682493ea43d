package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO DATA. Local standards for 滨州市 and one county override for 滨城区, marked demo: the Binzhou
 * figures could not be verified (REFERENCE.md §3.1 marks them approximate), so they only show how
 * standards rise year by year. The 1.5 near-dibao multiple is the national rule.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoStandards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStandards.class);
    private static final RegionCode BINZHOU = RegionCode.of("3716");
    private static final RegionCode BINCHENG = RegionCode.of("371602");
    private static final String NOTE = "演示数值，须按滨州市民政局公布的标准核实";
    private static final String BY = "demo";

    private final ParameterRepository parameters;

    DemoStandards(ParameterRepository parameters) {
        this.parameters = parameters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (parameters.isEmpty()) {
            cityStandards();
        }
        if (parameters.history(BINZHOU, Parameter.TEKUN_MULTIPLE).isEmpty()) {
            caseStandards();
        }
    }

    private void cityStandards() {
        yuan(BINZHOU, Parameter.DIBAO_URBAN, 900, "2022-01-01", "2023-06-30");
        yuan(BINZHOU, Parameter.DIBAO_URBAN, 960, "2023-07-01", "2024-06-30");
        yuan(BINZHOU, Parameter.DIBAO_URBAN, 1010, "2024-07-01", null);
        yuan(BINZHOU, Parameter.DIBAO_RURAL, 700, "2022-01-01", "2023-06-30");
        yuan(BINZHOU, Parameter.DIBAO_RURAL, 760, "2023-07-01", "2024-06-30");
        yuan(BINZHOU, Parameter.DIBAO_RURAL, 820, "2024-07-01", null);
        yuan(BINCHENG, Parameter.DIBAO_URBAN, 1030, "2024-07-01", null);
        yuan(BINZHOU, Parameter.ASSET_LIMIT, 30_000, "2022-01-01", null);
        yuan(BINZHOU, Parameter.DISPOSABLE_INCOME, 36_000, "2024-01-01", "2024-12-31");
        yuan(BINZHOU, Parameter.DISPOSABLE_INCOME, 38_000, "2025-01-01", null);
        decimal(BINZHOU, Parameter.EDGE_MULTIPLE, "1.5", "2022-01-01");
        decimal(BINZHOU, Parameter.RIGID_RATIO, "0.5", "2025-01-01");
        decimal(BINZHOU, Parameter.ALLOWANCE_AGE, "80", "2022-01-01");
        log.info("Recorded demo local standards for 滨州市");
    }

    /**
     * The standards the means test of a case reads besides the 低保 standard: 1.3 × for 特困 is the
     * Shandong practice, the temporary-assistance ceiling and the paid-first limit follow the ranges
     * of REFERENCE.md §3.3 (Binzhou's own figures unverified).
     */
    private void caseStandards() {
        decimal(BINZHOU, Parameter.TEKUN_MULTIPLE, "1.3", "2022-01-01");
        decimal(BINZHOU, Parameter.TEMPORARY_CEILING, "6", "2022-01-01");
        yuan(BINZHOU, Parameter.ADVANCE_LIMIT, 1000, "2022-01-01", null);
    }

    private void yuan(RegionCode region, Parameter parameter, long yuan, String from, String until) {
        parameters.insert(region, parameter, yuan * 100, null, LocalDate.parse(from), until(until), NOTE, true, BY);
    }

    private void decimal(RegionCode region, Parameter parameter, String value, String from) {
        parameters.insert(region, parameter, null, new BigDecimal(value), LocalDate.parse(from), null, NOTE, true, BY);
    }

    private static LocalDate until(String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
