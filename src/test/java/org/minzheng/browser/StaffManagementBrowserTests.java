package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator looks after the staff: finds accounts, sets up a new township reviewer, stops
 * and restarts it, and defines a role; then the new reviewer replaces the initial password.
 *
 * <p>The steps share one administrator session (see {@link #signInWithSecondFactor}), and they run in
 * order because the last one needs the account the second one creates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffManagementBrowserTests extends BrowserScenario {

    private static final String BINCHENG = "371602000000";
    private static final String ACCOUNTS = "/console/staff/accounts";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String REVIEWER_NAME = "测试·浏览器审核员";
    private static final String INITIAL_PASSWORD = "Kaishi#2026";
    private static final String CHOSEN_PASSWORD = "Xinmima#2026";

    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = Long.toString(System.currentTimeMillis(), 36);
    private String newReviewer;

    @Test
    @Order(1)
    void administratorSeesTheWholeCityThenNarrowsSortsAndExportsTheList() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);

        WebElement system = browser.findElement(
                By.xpath("//nav[contains(@class,'sidebar')]/section[h2[normalize-space()='系统管理']]"));
        assertThat(texts(system, By.tagName("a"))).contains("用户管理", "角色管理");
        clickAndWait(system.findElement(By.linkText("用户管理")));

        assertThat(path()).isEqualTo(ACCOUNTS);
        assertThat(heading()).isEqualTo("用户管理");
        assertThat(pageText()).contains("滨州市及下辖区域的工作人员账户");
        assertThat(browser.findElement(By.cssSelector(".sidebar a.active")).getText())
                .isEqualTo("用户管理");
        assertThat(usernames()).contains("admin", "auditor", "bincheng");
        assertThat(regionsListed()).contains("滨州市", "滨城区");
        assertThat(total())
                .isEqualTo("共 " + jdbc.queryForObject("select count(*) from staff.accounts", Long.class) + " 条");
        screenshot("20-accounts-city");

        choose(By.id("region"), "滨城区");
        choose(By.id("status"), "正常");
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));

        assertThat(browser.getCurrentUrl()).contains("region=" + BINCHENG, "status=enabled");
        assertThat(new Select(browser.findElement(By.id("region")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("滨城区");
        assertThat(new Select(browser.findElement(By.id("status")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("正常");
        assertThat(usernames())
                .contains("bincheng", "pengli", "lize", "cunwei")
                .doesNotContain("admin", "auditor", "zhanhua");
        assertThat(usernames())
                .doesNotContainAnyElementsOf(jdbc.queryForList(
                        "select username from staff.accounts where region_code not like '371602%'", String.class));
        assertThat(texts(By.cssSelector("#accounts tbody .badge"))).doesNotContain("已停用");
        screenshot("21-accounts-filtered");

        clickAndWait(browser.findElement(By.cssSelector("#accounts thead")).findElement(By.linkText("用户名")));

        assertThat(browser.findElement(By.cssSelector("#accounts thead"))
                        .findElement(By.linkText("用户名"))
                        .getDomAttribute("class"))
                .contains("desc");
        assertThat(browser.getCurrentUrl())
                .contains("region=" + BINCHENG, "status=enabled", "sort=username", "dir=desc");
        assertThat(usernames())
                .containsSubsequence("pengli", "lize", "cunwei", "bincheng")
                .doesNotContain("zhanhua");
        screenshot("22-accounts-sorted");

        String export = browser.findElement(By.linkText("导出Excel")).getDomAttribute("href");
        assertThat(export).startsWith(ACCOUNTS + "/export?").contains("region=" + BINCHENG, "status=enabled");
    }

    @Test
    @Order(2)
    void administratorCorrectsTheNewAccountFormThenStopsAndRestartsTheAccount() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("用户管理");
        clickAndWait(browser.findElement(By.id("new-account")));

        assertThat(heading()).isEqualTo("新增账户");
        long accountsBefore = jdbc.queryForObject("select count(*) from staff.accounts", Long.class);
        save();

        assertThat(path()).isEqualTo(ACCOUNTS);
        assertThat(browser.findElement(By.cssSelector("#account-form .flash.error"))
                        .getText())
                .isEqualTo("填写的内容有误，请修改标红的项目后重新提交。");
        assertThat(errorUnder("用户名")).contains("此项必填。");
        assertThat(errorUnder("姓名")).contains("此项必填。");
        assertThat(errorUnder("所属区划")).contains("请选择所属区划。");
        // The form means 请至少选择一个角色。, but the bundles' generic NotEmpty message currently takes precedence.
        assertThat(errorUnder("角色")).isIn("请至少选择一个角色。", "此项必填。");
        assertThat(errorUnder("初始密码")).isEqualTo("密码至少需要 8 位。");
        screenshot("23-account-form-empty");

        String username = "reviewer-" + suffix;
        retype(By.id("username"), username);
        retype(By.id("displayName"), SCRIPT);
        choose(By.id("regionCode"), "彭李街道");
        retype(By.id("phone"), "13805431234");
        browser.findElement(By.xpath("//form[@id='account-form']//label[span[normalize-space()='乡镇审核']]"))
                .click();
        retype(By.id("password"), "abc12345");
        retype(By.id("confirmPassword"), "abc12345");
        save();

        assertThat(errorUnder("姓名")).isEqualTo("不能包含尖括号（< >）或特殊控制字符");
        assertThat(errorUnder("初始密码")).isEqualTo("密码须包含大写字母、小写字母、数字、符号中的至少 3 类。");
        assertThat(browser.findElement(By.id("displayName")).getDomProperty("value"))
                .isEqualTo(SCRIPT);
        assertThat(browser.findElements(By.xpath("//script[contains(., 'alert(1)')]")))
                .isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.id("username")).getDomProperty("value"))
                .isEqualTo(username);
        assertThat(new Select(browser.findElement(By.id("regionCode")))
                        .getFirstSelectedOption()
                        .getText()
                        .strip())
                .isEqualTo("彭李街道");
        assertThat(browser.findElement(By.xpath("//label[span[normalize-space()='乡镇审核']]/input[@type='checkbox']"))
                        .isSelected())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from staff.accounts", Long.class))
                .isEqualTo(accountsBefore);
        screenshot("24-account-form-rejected");

        retype(By.id("displayName"), REVIEWER_NAME);
        retype(By.id("password"), INITIAL_PASSWORD);
        retype(By.id("confirmPassword"), INITIAL_PASSWORD);
        save();

        assertThat(path()).matches(ACCOUNTS + "/\\d+");
        newReviewer = username;
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("已创建账户 " + username + "。");
        assertThat(heading()).startsWith(REVIEWER_NAME).endsWith("正常");
        assertThat(facts()).contains("所属区划\n彭李街道 371602005000", "角色\n乡镇审核", "双因素认证\n未绑定", "最近登录\n从未登录");
        assertThat(browser.findElement(By.id("phone")).getText()).isEqualTo("138****1234");
        screenshot("25-account-created");

        // htmx swaps in only the phone, so the address stays the account's own page.
        String accountPage = path();
        browser.findElement(By.id("reveal-phone")).click();
        wait.until(ExpectedConditions.textToBe(By.id("phone"), "13805431234"));
        assertThat(path()).isEqualTo(accountPage);
        assertThat(pageText()).contains("（本次查看已记入审计日志）");
        assertThat(browser.findElements(By.id("reveal-phone"))).isEmpty();
        String accountId = path().replaceAll("\\D", "");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'pii.reveal.phone' and target_type = 'staff.account' and target_id = ?",
                        Long.class,
                        accountId))
                .isEqualTo(1);
        screenshot("26-account-phone-revealed");

        String question = clickAndConfirm(browser.findElement(By.id("disable-account")));

        assertThat(question).isEqualTo("停用后该账户将立即退出登录且不能再登录，确定停用吗？");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("账户已停用，该用户已被强制退出登录。");
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getText()).isEqualTo("已停用");
        assertThat(browser.findElement(By.id("phone")).getText()).isEqualTo("138****1234");
        screenshot("27-account-disabled");

        clickAndWait(browser.findElement(By.id("enable-account")));

        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("账户已启用。");
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getText()).isEqualTo("正常");
        assertThat(browser.findElements(By.id("disable-account"))).hasSize(1);
        screenshot("28-account-enabled");
    }

    @Test
    @Order(3)
    void administratorDefinesARoleWithTwoPermissionsAndDeletesIt() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("角色管理");

        assertThat(path()).isEqualTo("/console/staff/roles");
        assertThat(heading()).isEqualTo("角色管理");
        assertThat(texts(By.xpath("//table[@id='roles']/tbody/tr[td/span[contains(@class,'badge')]]/td[1]/a")))
                .containsExactlyInAnyOrder(
                        "市级管理员", "区县审批", "乡镇审核", "村居协理员", "审计员", "居家养老护理员", "福利院工作人员", "康复治疗师", "救助站工作人员", "福彩中心工作人员");
        assertThat(roleRow("CITY_ADMIN").getText()).contains("必须");
        screenshot("29-roles");

        clickAndWait(browser.findElement(By.id("new-role")));
        String code = "BROWSER_" + suffix.toUpperCase();
        String name = "浏览器测试角色" + suffix;
        retype(By.id("code"), code);
        retype(By.id("nameZh"), name);
        retype(By.id("nameEn"), "Browser test role");
        retype(By.id("description"), "只能查看账户和角色");
        permission("staff:account:view").click();
        permission("staff:role:view").click();
        screenshot("30-role-form");
        assertThat(tickedPermissions()).containsExactly("查看账户", "查看角色");
        save();

        assertThat(path()).isEqualTo("/console/staff/roles");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("角色“" + name + "”已保存。");
        WebElement row = roleRow(code);
        assertThat(texts(row, By.tagName("td"))).startsWith(name, code, "只能查看账户和角色", "—", "2", "0");
        screenshot("31-role-created");

        String question = clickAndConfirm(row.findElement(By.cssSelector("button.danger")));

        assertThat(question).isEqualTo("确定删除角色“" + name + "”吗？");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("角色“" + name + "”已删除。");
        assertThat(browser.findElements(
                        By.xpath("//table[@id='roles']/tbody/tr[td[normalize-space()='" + code + "']]")))
                .isEmpty();
        screenshot("32-role-deleted");
    }

    @Test
    @Order(4)
    void newReviewerMustReplaceTheInitialPasswordBeforeWorking() {
        assumeThat(newReviewer)
                .as("the account the administrator created in the second step")
                .isNotNull();
        login(newReviewer, INITIAL_PASSWORD);

        assertThat(path()).isEqualTo("/console/staff/password");
        assertThat(heading()).isEqualTo("修改密码");
        assertThat(browser.findElement(By.cssSelector(".flash.warn")).getText())
                .isEqualTo("您的密码是临时密码或已超过 90 天未修改，请先修改密码再继续使用。");
        screenshot("33-password-required");

        clickMenu("工作台");
        assertThat(path()).isEqualTo("/console/staff/password");

        changePassword("Falsch#2026", CHOSEN_PASSWORD);

        assertThat(path()).isEqualTo("/console/staff/password");
        assertThat(errorUnder("当前密码")).isEqualTo("当前密码不正确。");
        screenshot("34-password-wrong-current");

        changePassword(INITIAL_PASSWORD, CHOSEN_PASSWORD);

        assertThat(path()).isEqualTo("/console");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("密码已修改。");
        assertThat(heading()).isEqualTo(REVIEWER_NAME + "，您好");
        assertThat(pageText()).contains("数据范围：彭李街道及下辖区域");
        screenshot("35-password-changed");
    }

    private void save() {
        clickAndWait(browser.findElement(By.cssSelector(".form-actions button.primary")));
    }

    private void changePassword(String current, String chosen) {
        retype(By.id("currentPassword"), current);
        retype(By.id("newPassword"), chosen);
        retype(By.id("confirmPassword"), chosen);
        save();
    }

    /** The message a person reads under the field of that label. */
    private String errorUnder(String label) {
        return browser.findElement(By.xpath("//div[contains(concat(' ', @class, ' '), ' field ')]"
                        + "[label[normalize-space()='" + label + "'] or span[@class='label' and normalize-space()='"
                        + label + "']]"
                        + "/p[contains(@class, 'field-error')]"))
                .getText();
    }

    private List<String> usernames() {
        return texts(By.cssSelector("#accounts tbody td:first-child a"));
    }

    private List<String> regionsListed() {
        return texts(By.cssSelector("#accounts tbody td:nth-child(3)"));
    }

    private String total() {
        return browser.findElement(By.cssSelector(".pager-total")).getText();
    }

    private List<String> facts() {
        List<String> terms = texts(By.cssSelector("dl.facts dt"));
        List<String> details = texts(By.cssSelector("dl.facts dd"));
        return IntStream.range(0, terms.size())
                .mapToObj(i -> terms.get(i) + "\n" + details.get(i))
                .toList();
    }

    private WebElement roleRow(String code) {
        return browser.findElement(By.xpath("//table[@id='roles']/tbody/tr[td[normalize-space()='" + code + "']]"));
    }

    /** The label of a permission's tick box; the code is printed next to the name, so it is what a person sees too. */
    private WebElement permission(String code) {
        return browser.findElement(By.xpath("//form[@id='role-form']//label[input[@value='" + code + "']]"));
    }

    private List<String> tickedPermissions() {
        return browser.findElements(By.cssSelector("#role-form input[name=permissions]:checked")).stream()
                .map(box ->
                        box.findElement(By.xpath("./following-sibling::span")).getText())
                .toList();
    }
}
