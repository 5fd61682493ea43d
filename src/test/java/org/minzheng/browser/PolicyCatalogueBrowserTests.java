package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator keeps the policy catalogue: looks it up, writes a new policy (and is told where
 * its rule is wrong), revises it with a change note, reads the old version, and prints the compilation.
 * The policy is the scenario's own, so the demo catalogue other tests read stays as it is.
 */
@IntegrationTest
class PolicyCatalogueBrowserTests extends BrowserScenario {

    private final String suffix = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final String code = "BT-" + suffix;
    private final String name = "浏览器测试高龄补贴" + suffix;

    @Autowired
    JdbcTemplate jdbc;

    /** The scenario's policy would otherwise show up in every later portal page and self-check. */
    @AfterEach
    void removeTheScenariosPolicy() {
        jdbc.update(
                "delete from policy.policy_versions where policy_id in (select id from policy.policies where code = ?)",
                code);
        jdbc.update("delete from policy.policies where code = ?", code);
    }

    @Test
    void administratorWritesRevisesAndPrintsThePolicyCatalogue() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);

        assertThat(texts(menuSection("政策服务"), By.tagName("a"))).contains("政策目录");
        clickMenu("政策目录");
        assertThat(path()).isEqualTo("/console/policy/policies");
        assertThat(heading()).isEqualTo("政策目录");
        assertThat(browser.findElements(By.cssSelector("#policies tbody tr"))).hasSize(20);
        assertThat(pageText()).contains("城乡最低生活保障", "民政局", "现行有效");
        screenshot("policy-list");

        retype(By.id("q"), "低保");
        choose(By.id("department"), "民政局");
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        List<String> found = texts(By.cssSelector("#policies tbody td.policy-name a"));
        assertThat(found).contains("城乡最低生活保障", "低保“单人保”").allMatch(text -> !text.isBlank());
        assertThat(texts(By.cssSelector("#policies tbody tr td:nth-child(3)"))).containsOnly("民政局");
        clickAndWait(browser.findElement(By.linkText("城乡最低生活保障")));
        assertThat(heading()).startsWith("城乡最低生活保障").contains("现行有效", "演示");
        assertThat(browser.findElement(By.cssSelector("#rule pre.rule-source")).getText())
                .contains("local.dibao");
        screenshot("policy-detail-demo");
        browser.navigate().back();

        clickAndWait(browser.findElement(By.id("new-policy")));
        assertThat(heading()).isEqualTo("新增政策");
        fillNewPolicy();
        retype(By.id("rule"), "person.age >= 80 &&\nperson.agee < 120");
        clickAndWait(browser.findElement(By.cssSelector("#policy-form button[type=submit]")));

        assertThat(heading()).isEqualTo("新增政策");
        assertThat(fieldError("资格规则")).startsWith("第 2 行第 7 列：").contains("agee");
        assertThat(browser.findElement(By.id("code")).getDomProperty("value")).isEqualTo(code);
        browser.findElement(By.cssSelector("details.rule-attributes summary")).click();
        screenshot("policy-form");

        retype(By.id("rule"), "person.age >= 80 && person.hukou == 'rural'");
        clickAndWait(browser.findElement(By.cssSelector("#policy-form button[type=submit]")));
        assertThat(pageText()).contains("已新增政策 " + code + "（" + name + "）。");
        assertThat(heading()).startsWith(name).contains("现行有效");

        clickMenu("政策目录");
        retype(By.id("q"), suffix);
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(texts(By.cssSelector("#policies tbody td.policy-name a"))).containsExactly(name);
        clickAndWait(browser.findElement(By.linkText(name)));

        assertThat(texts(By.cssSelector("#policy-facts dt")))
                .containsExactly("类别", "救助对象", "申请条件", "救助标准", "办理流程", "受理地点", "咨询电话", "政策依据", "有效期", "修改时间");
        assertThat(browser.findElement(By.cssSelector("#rule pre.rule-source")).getText())
                .isEqualTo("person.age >= 80 && person.hukou == 'rural'");
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).hasSize(1);
        screenshot("policy-detail");

        clickAndWait(browser.findElement(By.id("edit-policy")));
        assertThat(heading()).isEqualTo("修改政策");
        assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(code);
        retype(By.id("standard"), "年满80周岁的每人每月150元（示意金额）。");
        clickAndWait(browser.findElement(By.cssSelector("#policy-form button[type=submit]")));
        assertThat(fieldError("修改说明")).isEqualTo("请写明这次改了什么、为什么改。");
        retype(By.id("changeNote"), "2026年起提高补贴标准");
        clickAndWait(browser.findElement(By.cssSelector("#policy-form button[type=submit]")));

        assertThat(pageText()).contains("已保存政策 " + code + " 的第 2 版。", "每人每月150元");
        List<WebElement> versions = browser.findElements(By.cssSelector("#versions tbody tr"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getText()).contains("第 2 版", "admin", "2026年起提高补贴标准", "当前版本");
        assertThat(versions.get(1).getText()).contains("第 1 版", "首次发布");
        screenshot("policy-detail-v2");

        clickAndWait(versions.get(1).findElement(By.linkText("查看")));
        assertThat(path()).endsWith("/versions/1");
        assertThat(browser.findElement(By.id("old-version")).getText()).contains("您正在查看第 1 版，当前为第 2 版。");
        assertThat(pageText()).contains("每人每月100元").doesNotContain("每人每月150元");
        assertThat(browser.findElements(By.id("edit-policy"))).isEmpty();

        clickMenu("政策目录");
        clickAndWait(browser.findElement(By.id("compilation")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社会救助政策汇编");
        assertThat(browser.findElements(By.cssSelector("nav.sidebar"))).isEmpty();
        assertThat(texts(By.cssSelector("section.compilation-chapter > h2"))).startsWith("1. 民政局", "2. 人力资源和社会保障局");
        WebElement ours = browser.findElement(By.cssSelector("article[data-code='" + code + "']"));
        assertThat(ours.getText()).contains(name, "每人每月150元", "0543-3186123");
        screenshot("policy-compilation");
    }

    private void fillNewPolicy() {
        retype(By.id("code"), code);
        choose(By.id("department"), "民政局");
        choose(By.id("category"), "养老");
        choose(By.id("targetGroup"), "老年人");
        retype(By.id("name"), name);
        retype(By.id("conditions"), "年满80周岁、户籍在本市农村的老年人。");
        retype(By.id("standard"), "年满80周岁的每人每月100元（示意金额）。");
        retype(By.id("howToApply"), "本人或家属持身份证、户口簿向户籍所在地乡镇（街道）申请，审核后按月发放。");
        retype(By.id("whereToApply"), "户籍所在地乡镇人民政府（街道办事处）便民服务中心");
        retype(By.id("phone"), "0543-3186123");
        retype(By.id("legalBasis"), "《中华人民共和国老年人权益保障法》");
    }
}
