package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor at work: checks the log chain, reads the three logs, and looks up a township reviewer's
 * sign-in by user, action and time; the township reviewer finds the audit pages closed.
 *
 * <p>The chain check runs first so that the operation log has the auditor's own check at its top.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditBrowserTests extends BrowserScenario {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE_SIZE = 20;
    /** What the city-wide auditor sees: Binzhou's entries and those of no region (unknown user names). */
    private static final String CITY = "(region_code like '3716%' or region_code is null)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    private boolean chainVerified;

    @Test
    @Order(1)
    void auditorVerifiesTheChainAndSeesItIntactWithTheNumberOfEntriesChecked() {
        login("auditor", DEMO_PASSWORD);
        waitForHeading("您好");

        assertThat(texts(menuSection("安全审计"), By.tagName("a"))).containsExactly("操作日志", "敏感信息查看记录", "审计日志检索", "日志链核验");
        clickMenu("日志链核验");

        assertThat(path()).isEqualTo("/console/audit/chain");
        assertThat(heading()).isEqualTo("日志链核验");
        assertThat(browser.findElement(By.id("not-verified")).getText()).startsWith("本次登录后尚未核验。");
        assertThat(browser.findElements(By.id("last-verification"))).isEmpty();
        screenshot("40-audit-chain-unverified");

        clickAndWait(browser.findElement(By.cssSelector("#verify-form button")));

        assertThat(path()).isEqualTo("/console/audit/chain");
        Map<String, Object> check = jdbc.queryForMap(
                "select id, detail, outcome from audit.audit_entries where action = 'audit.chain.verify' and actor_username = 'auditor' order by id desc limit 1");
        // The check covers every entry before its own, which it then appends.
        long checked = jdbc.queryForObject(
                "select count(*) from audit.audit_entries where id < ?", Long.class, check.get("id"));
        WebElement result = browser.findElement(By.id("last-verification"));
        assertThat(result.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("日志链完好：已核验 " + groupedThousands(checked) + " 条记录，未发现修改或删除。");
        assertThat(facts(result)).contains("已核验条数\n" + groupedThousands(checked), "结果\n完好");
        assertThat(result.findElement(By.cssSelector(".badge.ok")).getText()).isEqualTo("完好");
        assertThat(browser.findElements(By.id("first-broken"))).isEmpty();
        assertThat(browser.findElements(By.id("not-verified"))).isEmpty();
        assertThat(check)
                .containsEntry("outcome", "SUCCESS")
                .containsEntry("detail", "intact, " + checked + " entries checked");
        screenshot("41-audit-chain-intact");
        chainVerified = true;
    }

    @Test
    @Order(2)
    void auditorReadsTheLogsAndLooksUpATownshipReviewersSignInByUserActionAndTime() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");
        Map<String, Object> penglisSignIn = jdbc.queryForMap(
                "select id, occurred_at from audit.audit_entries where action = 'staff.login.success' and actor_username = 'pengli' order by id desc limit 1");
        String signedInAt = SHOWN.format(
                ((Timestamp) penglisSignIn.get("occurred_at")).toInstant().atZone(BEIJING));
        signOut();
        login("auditor", DEMO_PASSWORD);
        waitForHeading("您好");

        clickAndWait(menuSection("安全审计").findElement(By.linkText("操作日志")));

        assertThat(path()).isEqualTo("/console/audit/operations");
        assertThat(heading()).isEqualTo("操作日志");
        assertThat(browser.findElements(By.id("category")))
                .as("the category is fixed on this view")
                .isEmpty();
        assertThat(actionCodes())
                .isNotEmpty()
                .noneMatch(code -> code.startsWith("staff.login") || code.startsWith("pii.reveal"));
        if (chainVerified) {
            assertThat(cells(firstRow()).subList(1, 7))
                    .containsExactly("auditor", "滨州市", "核验日志链", "audit.chain", "滨州市", "成功");
        }
        screenshot("42-audit-operations");

        clickAndWait(menuSection("系统管理").findElement(By.linkText("登录日志")));

        assertThat(path()).isEqualTo("/console/audit/login-log");
        assertThat(heading()).isEqualTo("登录日志");
        assertThat(actionCodes())
                .allMatch(code -> code.startsWith("staff.login.")
                        || code.equals("staff.logout")
                        || code.equals("staff.account.locked"));
        assertThat(cells(firstRow()).subList(1, 4)).containsExactly("auditor", "滨州市", "登录成功");
        WebElement penglisRow = browser.findElement(By.id("entry-" + penglisSignIn.get("id")));
        assertThat(penglisRow.findElement(By.tagName("td")).getText()).isEqualTo(signedInAt);
        assertThat(cells(penglisRow).subList(1, 7))
                .containsExactly("pengli", "彭李街道", "登录成功", "staff.account pengli", "彭李街道", "成功");
        screenshot("43-audit-login-log");

        clickMenu("敏感信息查看记录");

        assertThat(path()).isEqualTo("/console/audit/personal-data");
        assertThat(heading()).isEqualTo("敏感信息查看记录");
        long reveals = jdbc.queryForObject(
                "select count(*) from audit.audit_entries where category = 'PERSONAL_DATA' and " + CITY, Long.class);
        if (reveals == 0) {
            assertThat(browser.findElement(By.cssSelector("#main .empty")).getText())
                    .startsWith("没有符合条件的记录。");
        } else {
            assertThat(actionCodes()).isNotEmpty().allMatch(code -> code.startsWith("pii.reveal."));
            assertThat(total()).isEqualTo("共 " + reveals + " 条");
        }
        screenshot("44-audit-personal-data");

        clickMenu("审计日志检索");
        LocalDateTime now = LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime from = now.minusMinutes(10);
        retype(By.id("actor"), "PengLi");
        retype(By.id("action"), "staff.login");
        typeDateTime(By.id("from"), from);
        typeDateTime(By.id("to"), now);
        search();

        assertThat(browser.getCurrentUrl())
                .contains("actor=PengLi", "action=staff.login", "from=" + encoded(from), "to=" + encoded(now));
        assertThat(browser.findElement(By.id("actor")).getDomProperty("value")).isEqualTo("pengli");
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo(from.toString());
        assertThat(texts(By.cssSelector("#entries tbody td:nth-child(2)")))
                .isNotEmpty()
                .containsOnly("pengli");
        assertThat(actionCodes()).allMatch(code -> code.startsWith("staff.login"));
        penglisRow = browser.findElement(By.id("entry-" + penglisSignIn.get("id")));
        assertThat(cells(penglisRow))
                .startsWith(signedInAt, "pengli", "彭李街道", "登录", "登录成功", "staff.account pengli", "彭李街道", "成功");
        assertThat(penglisRow
                        .findElement(By.cssSelector("td[title='staff.login.success']"))
                        .getText())
                .isEqualTo("登录成功");
        assertThat(penglisRow
                        .findElement(By.cssSelector("td[title='371602005000']"))
                        .getText())
                .isEqualTo("彭李街道");
        String export = browser.findElement(By.id("export")).getDomAttribute("href");
        assertThat(export)
                .startsWith("/console/audit/entries/export?")
                .contains(
                        "actor=pengli&",
                        "action=staff.login&",
                        "from=" + encoded(from) + "&",
                        "to=" + encoded(now) + "&");
        screenshot("45-audit-entries-filtered");

        typeDateTime(By.id("from"), now.plusHours(1));
        search();

        assertThat(browser.findElement(By.id("filter-errors")).getText()).isEqualTo("查询条件有误，请按提示更正后重新查询。");
        assertThat(fieldError("结束时间")).isEqualTo("结束时间早于开始时间，请调整时间范围。");
        assertThat(browser.findElements(By.id("entries"))).isEmpty();
        assertThat(browser.findElements(By.id("export"))).isEmpty();
        assertThat(browser.findElement(By.id("actor")).getDomProperty("value")).isEqualTo("pengli");
        screenshot("46-audit-entries-invalid-range");
    }

    @Test
    @Order(3)
    void auditorPagesThroughEverySignInAttemptWithTheFilterKept() {
        long signIns = atLeastOnePageMoreOfSignInAttempts();
        login("auditor", DEMO_PASSWORD);
        waitForHeading("您好");
        signIns++;
        clickMenu("审计日志检索");
        retype(By.id("action"), "staff.login");
        search();

        assertThat(total()).isEqualTo("共 " + signIns + " 条");
        List<String> firstPage = entryIds();
        assertThat(firstPage).hasSize(PAGE_SIZE);
        assertThat(actionCodes()).allMatch(code -> code.startsWith("staff.login."));
        assertThat(cells(firstRow()).subList(1, 5)).containsExactly("auditor", "滨州市", "登录", "登录成功");
        assertThat(browser.findElement(By.cssSelector(".pager .current")).getText())
                .isEqualTo("1");

        clickAndWait(browser.findElement(By.cssSelector(".pager")).findElement(By.linkText("下一页")));

        assertThat(browser.getCurrentUrl()).contains("action=staff.login", "page=1");
        assertThat(browser.findElement(By.id("action")).getDomProperty("value")).isEqualTo("staff.login");
        assertThat(browser.findElement(By.cssSelector(".pager .current")).getText())
                .isEqualTo("2");
        assertThat(entryIds())
                .hasSize((int) Math.min(PAGE_SIZE, signIns - PAGE_SIZE))
                .doesNotContainAnyElementsOf(firstPage);
        assertThat(actionCodes()).allMatch(code -> code.startsWith("staff.login."));
        assertThat(browser.findElement(By.id("export")).getDomAttribute("href")).contains("action=staff.login&");
        screenshot("47-audit-entries-page-2");
    }

    @Test
    @Order(4)
    void townshipReviewerHasNoAuditMenuAndIsRefusedTheLog() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");

        assertThat(menuHeadings()).doesNotContain("安全审计");
        assertThat(texts(By.cssSelector("nav.sidebar a"))).doesNotContain("操作日志", "登录日志", "审计日志检索", "日志链核验");

        open("/console/audit/entries");

        assertThat(browser.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("403");
        assertThat(heading()).isEqualTo("无权访问");
        assertThat(pageText()).contains("您的账户没有访问此页面的权限").doesNotContain("staff.login");
        screenshot("48-audit-refused");

        open("/console/audit/chain");
        assertThat(heading()).isEqualTo("无权访问");
    }

    /**
     * Tops the log up with mistyped user names, as a busy morning brings, when this class runs before
     * enough other sign-ins happened; returns how many sign-in attempts the auditor will page through.
     */
    private long atLeastOnePageMoreOfSignInAttempts() {
        long attempts = signInAttempts();
        String stranger = "qa-typo-" + Long.toString(System.currentTimeMillis(), 36);
        for (long i = attempts; i <= PAGE_SIZE; i++) {
            audit.record(AuditEvent.login("staff.login.failure", AuditOutcome.FAILURE, stranger, null)
                    .withDetail("unknown user"));
        }
        return signInAttempts();
    }

    private long signInAttempts() {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where action like 'staff.login%' and " + CITY, Long.class);
    }

    private void search() {
        clickAndWait(browser.findElement(By.cssSelector("#audit-filters button[type=submit]")));
    }

    private WebElement firstRow() {
        return browser.findElement(By.cssSelector("#entries tbody tr"));
    }

    private static List<String> cells(WebElement row) {
        return texts(row, By.tagName("td"));
    }

    /** The action codes behind the labels, which the action cell carries as its title. */
    private List<String> actionCodes() {
        return browser.findElements(By.cssSelector("#entries tbody tr")).stream()
                .map(row -> row.findElement(By.xpath("./td[contains(@title, '.')]")))
                .map(cell -> cell.getDomAttribute("title"))
                .toList();
    }

    private List<String> entryIds() {
        return browser.findElements(By.cssSelector("#entries tbody tr")).stream()
                .map(row -> row.getDomAttribute("id"))
                .toList();
    }

    private String total() {
        return browser.findElement(By.cssSelector(".pager-total")).getText();
    }

    private static List<String> facts(WebElement within) {
        List<String> terms = texts(within, By.cssSelector("dl.facts dt"));
        List<String> details = texts(within, By.cssSelector("dl.facts dd"));
        return IntStream.range(0, terms.size())
                .mapToObj(i -> terms.get(i) + "\n" + details.get(i))
                .toList();
    }

    private static String groupedThousands(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static String encoded(LocalDateTime time) {
        return time.toString().replace(":", "%3A");
    }
}
