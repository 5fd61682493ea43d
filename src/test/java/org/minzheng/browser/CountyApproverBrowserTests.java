package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 滨城区's approver may look at the county's staff accounts but change none of them. */
@IntegrationTest
class CountyApproverBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seesOnlyTheCountysAccountsAndNoWayToChangeThem() {
        login("bincheng", DEMO_PASSWORD);
        waitForHeading("您好");

        assertThat(texts(By.cssSelector(".sidebar a"))).contains("用户管理").doesNotContain("角色管理");
        clickMenu("用户管理");

        assertThat(heading()).isEqualTo("用户管理");
        assertThat(pageText()).contains("滨城区及下辖区域的工作人员账户");
        assertThat(texts(By.cssSelector("#accounts tbody td:first-child a")))
                .contains("bincheng", "pengli", "lize", "cunwei")
                .doesNotContain("admin", "auditor", "zhanhua")
                .doesNotContainAnyElementsOf(jdbc.queryForList(
                        "select username from staff.accounts where region_code not like '371602%'", String.class));
        long county =
                jdbc.queryForObject("select count(*) from staff.accounts where region_code like '371602%'", Long.class);
        assertThat(browser.findElement(By.cssSelector(".pager-total")).getText())
                .isEqualTo("共 " + county + " 条");
        assertThat(texts(By.cssSelector("#region option")))
                .contains("全部区划", "滨城区", "彭李街道")
                .doesNotContain("滨州市", "沾化区");
        assertThat(browser.findElements(By.id("new-account"))).isEmpty();
        assertThat(browser.findElements(By.linkText("导出Excel"))).hasSize(1);
        screenshot("36-accounts-county");

        clickAndWait(browser.findElement(By.cssSelector("#accounts")).findElement(By.linkText("pengli")));

        assertThat(heading()).startsWith("演示·彭李街道审核");
        assertThat(browser.findElement(By.id("phone")).getText()).matches("\\d{3}\\*{4}\\d{4}");
        assertThat(browser.findElements(By.cssSelector(".account-actions"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main button"))).isEmpty();
        assertThat(browser.findElements(By.id("edit-account"))).isEmpty();
        assertThat(pageText()).doesNotContain("账户操作", "停用账户", "重置密码", "查看完整号码", "编辑");
        screenshot("37-account-county-view");
    }
}
