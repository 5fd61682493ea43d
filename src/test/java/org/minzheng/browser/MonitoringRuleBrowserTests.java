package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator reads the built-in monitoring rules, writes one of their own (a misspelt field
 * is refused at the field first), reads it aloud and switches it off.
 */
@IntegrationTest
class MonitoringRuleBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    private final String code = "B-UNEMPLOYED-" + ThreadLocalRandom.current().nextInt(10_000);

    @AfterEach
    void removeTheScenariosRule() {
        jdbc.update(
                "delete from policy.monitoring_rule_switches where rule_id in (select id from policy.monitoring_rules where code = ?)",
                code);
        jdbc.update(
                "delete from policy.monitoring_rule_versions where rule_id in (select id from policy.monitoring_rules where code = ?)",
                code);
        jdbc.update("delete from policy.monitoring_rules where code = ?", code);
    }

    @Test
    void administratorWritesReadsAndSwitchesOffAMonitoringRule() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("监测预警规则");
        assertThat(heading()).isEqualTo("监测预警规则");
        assertThat(pageText()).contains("低保特困家庭成员死亡", "大额医疗支出", "示例阈值", "立即检查全辖区");
        screenshot("policy-monitoring-rules");

        clickAndWait(browser.findElement(By.linkText("低保特困家庭成员死亡")));
        assertThat(browser.findElement(By.cssSelector("#rule-trial .rule-reading"))
                        .getText())
                .contains("已去世", "低保家庭");
        assertThat(pageText()).contains("按人（逐个成员检查）", "命中后暂停发放", "10 天");
        screenshot("policy-monitoring-rule");

        clickMenu("监测预警规则");
        clickAndWait(browser.findElement(By.id("new-rule")));
        retype(By.id("code"), code);
        retype(By.id("name"), "低保家庭成员登记失业");
        choose(By.id("level"), "黄色");
        retype(By.id("daysToAct"), "20");
        retype(By.id("rule"), "person.registered_unemployd && 'dibao' in household.categories");
        retype(By.id("note"), "人社部门登记失业的低保家庭成员，核查就业帮扶和收入变化。");
        clickAndWait(browser.findElement(By.id("save-rule")));
        assertThat(browser.findElement(By.id("rule-error")).getText())
                .startsWith("规则第 1 行第")
                .contains("registered_unemployd");
        screenshot("policy-monitoring-rule-form");

        retype(By.id("rule"), "person.registered_unemployed && 'dibao' in household.categories");
        clickAndWait(browser.findElement(By.id("save-rule")));
        assertThat(pageText()).contains("已新增监测规则 " + code + "（低保家庭成员登记失业）。");
        assertThat(browser.findElement(By.cssSelector("#rule-trial .rule-reading"))
                        .getText())
                .isEqualTo("登记失业，并且家庭类别包括「低保家庭」");

        String question = clickAndConfirm(browser.findElement(By.id("deactivate-rule")));
        assertThat(question).contains("不再按这条规则生成新的预警");
        assertThat(pageText()).contains("已停用监测规则 " + code + "。");
        assertThat(browser.findElement(By.id("rule-status")).getText()).isEqualTo("已停用");
        screenshot("policy-monitoring-rule-switched-off");
    }
}
