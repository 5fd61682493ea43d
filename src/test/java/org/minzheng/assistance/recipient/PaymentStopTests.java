package org.minzheng.assistance.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.minzheng.assistance.recipient.RecipientFixtures.aDibaoCouple;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.registry.Warnings.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A warning that asks to stop payment suspends the household's monthly benefit, after its commit. */
@IntegrationTest
class PaymentStopTests {

    @Autowired
    Enrolments enrolments;

    @Autowired
    Warnings warnings;

    @Autowired
    JdbcClient jdbc;

    Enrolment enrolment;

    @AfterEach
    void removeTheHousehold() {
        if (enrolment == null) {
            return;
        }
        Long household = householdId();
        jdbc.sql("delete from assistance.recipient_events where recipient_id in "
                        + "(select id from assistance.recipients where case_number = :number)")
                .param("number", enrolment.caseNumber().value())
                .update();
        jdbc.sql("delete from assistance.recipients where case_number = :number")
                .param("number", enrolment.caseNumber().value())
                .update();
        jdbc.sql("delete from registry.households where id = :id")
                .param("id", household)
                .update();
    }

    Long householdId() {
        return jdbc.sql("select household_id from assistance.recipients where case_number = :number")
                .param("number", enrolment.caseNumber().value())
                .query(Long.class)
                .single();
    }

    Map<String, Object> recipient() {
        return jdbc.sql("""
                        select r.status, r.suspended_from, e.note from assistance.recipients r
                        left join assistance.recipient_events e on e.recipient_id = r.id and e.event = 'SUSPENDED'
                        where r.case_number = :number
                        """)
                .param("number", enrolment.caseNumber().value())
                .query()
                .singleRow();
    }

    @Test
    void aDeathWarningSuspendsTheBenefitFromItsFirstUnpaidMonth() {
        enrolment = aDibaoCouple("停发测试");
        enrolments.enrol(enrolment);
        HouseholdId household = new HouseholdId(householdId());

        warnings.raise(
                new NewWarning(household, null, "TEST-DEATH", "家庭成员死亡", WarningLevel.RED, "公安报告户主死亡（测试）", 10, true));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SUSPENDED".equals(recipient().get("status")));
        Map<String, Object> suspended = recipient();
        assertThat(suspended.get("suspended_from").toString())
                .isEqualTo(enrolment.startMonth().atDay(1).toString());
        assertThat((String) suspended.get("note")).contains("监测预警").contains("家庭成员死亡");
    }

    @Test
    void aWarningThatDoesNotAskToStopLeavesThePaymentAlone() throws InterruptedException {
        enrolment = aDibaoCouple("不停发测试");
        enrolments.enrol(enrolment);
        HouseholdId household = new HouseholdId(householdId());

        warnings.raise(
                new NewWarning(household, null, "TEST-CAR", "车辆登记", WarningLevel.YELLOW, "名下有车辆（测试）", 30, false));

        Thread.sleep(1500);
        assertThat(recipient().get("status")).isEqualTo("ACTIVE");
    }
}
