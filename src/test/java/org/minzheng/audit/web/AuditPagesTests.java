package org.minzheng.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.audit.chain.AuditChainVerifier;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditPagesTests {

    static final RegionCode PENGLI = RegionCode.of("371602005");
    static final RegionCode LIZE = RegionCode.of("371602012");
    static final List<String> PAGES = List.of(
            "/console/audit/login-log",
            "/console/audit/operations",
            "/console/audit/personal-data",
            "/console/audit/entries");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A tampered row breaks the shared chain for every later test, so it is always put back. */
    private Runnable restore = () -> {};

    @AfterEach
    void putBackWhatWasTampered() {
        restore.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void auditorFindsEntriesByUser() throws Exception {
        String run = "qa" + AuditEntryQueryTests.marker();
        operation(run + "-anna", "test.widget.create", PENGLI, run + " by anna");
        operation(run + "-bert", "test.widget.create", PENGLI, run + " by bert");

        String exact = page("/console/audit/entries?actor=" + run + "-anna");
        assertThat(exact).contains(run + " by anna").doesNotContain(run + " by bert");

        String prefix = page("/console/audit/entries?actor=" + run.toUpperCase() + "-*");
        assertThat(prefix).contains(run + " by anna", run + " by bert");
    }

    @Test
    void auditorFindsEntriesByRegion() throws Exception {
        String run = AuditEntryQueryTests.marker();
        operation("qa" + run, "test.widget.create", PENGLI, run + " in pengli");
        operation("qa" + run, "test.widget.create", RegionCode.of("371602005001"), run + " in a pengli village");
        operation("qa" + run, "test.widget.create", LIZE, run + " in lize");

        String found = page("/console/audit/entries?region=371602005&text=" + run);

        assertThat(found)
                .contains(run + " in pengli", run + " in a pengli village")
                .doesNotContain(run + " in lize");
    }

    @Test
    void auditorFindsEntriesByAction() throws Exception {
        String run = AuditEntryQueryTests.marker();
        operation("qa" + run, "test.widget.create", PENGLI, run + " widget");
        operation("qa" + run, "test.gadget.create", PENGLI, run + " gadget");

        String found = page("/console/audit/operations?action=test.widget&text=" + run);

        assertThat(found).contains(run + " widget").doesNotContain(run + " gadget");
    }

    @Test
    void auditorFindsEntriesByTimeWindow() throws Exception {
        String run = AuditEntryQueryTests.marker();
        operation("qa" + run, "test.widget.create", PENGLI, run + " just now");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);

        String window = page("/console/audit/entries?text=" + run + "&from=" + now.minusMinutes(10) + "&to=" + now);
        assertThat(window).contains(run + " just now");

        String earlier = page("/console/audit/entries?text=" + run + "&from=2020-01-01T00:00&to=2020-01-31T23:59");
        assertThat(earlier).doesNotContain(run + " just now").contains("没有符合条件的记录");
    }

    @Test
    void entriesShowBeijingTimeActionLabelOutcomeAndRawCodeOfUnnamedActions() throws Exception {
        String user = "qa" + AuditEntryQueryTests.marker();
        audit.record(AuditEvent.login("staff.login.failure", AuditOutcome.FAILURE, user, PENGLI)
                .withDetail("password"));
        operation(user, "test.unnamed.thing", PENGLI, "unnamed");

        String loginLog = page("/console/audit/login-log?actor=" + user);
        assertThat(loginLog).contains("登录失败", "badge bad", "371602005000").doesNotContain("test.unnamed.thing");
        String minute = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 10);
        assertThat(loginLog).contains(minute);

        assertThat(page("/console/audit/operations?actor=" + user))
                .contains("test.unnamed.thing")
                .doesNotContain("登录失败");
    }

    @Test
    void personalDataViewListsOnlyReveals() throws Exception {
        String user = "qa" + AuditEntryQueryTests.marker();
        audit.record(new AuditEvent(
                AuditCategory.PERSONAL_DATA,
                "pii.reveal.phone",
                AuditOutcome.SUCCESS,
                "staff.account",
                "42",
                PENGLI,
                "revealed",
                user,
                PENGLI));
        operation(user, "test.widget.create", PENGLI, "changed");

        String found = page("/console/audit/personal-data?actor=" + user);

        assertThat(found).contains("查看完整手机号", "revealed").doesNotContain("changed");
    }

    @Test
    void listsSortByActorAndPageByTwenty() throws Exception {
        String run = "qa" + AuditEntryQueryTests.marker();
        for (int i = 0; i < 21; i++) {
            operation(run + (i == 0 ? "-a" : "-b"), "test.widget.create", PENGLI, run + " #" + i);
        }

        String newestFirst = page("/console/audit/entries?actor=" + run + "*");
        assertThat(rows(newestFirst)).isEqualTo(20);
        assertThat(newestFirst).contains("共 21 条").doesNotContain(run + " #0<");

        String byActor = page("/console/audit/entries?actor=" + run + "*&sort=actor&dir=asc");
        assertThat(byActor).contains(run + " #0<");

        String secondPage = page("/console/audit/entries?actor=" + run + "*&page=1");
        assertThat(rows(secondPage)).isEqualTo(1);
        assertThat(secondPage).contains(run + " #0<");
    }

    @Test
    void invalidFiltersGiveTheListWithMessagesNotAnError() throws Exception {
        for (String query : List.of("from=2026-13-45T99:00", "to=yesterday", "from=2026-02-30T08:00")) {
            assertThat(page("/console/audit/entries?" + query))
                    .contains("时间格式不正确")
                    .doesNotContain("id=\"entries\"");
        }
        assertThat(page("/console/audit/entries?from=2026-03-02T08:00&to=2026-03-01T08:00"))
                .contains("结束时间早于开始时间");
        assertThat(page("/console/audit/entries?region=12345")).contains("区划代码应为");
        assertThat(page("/console/audit/entries?action=Staff;drop")).contains("操作类型只能包含");
        assertThat(page("/console/audit/entries?outcome=MAYBE")).contains("请从列表中选择");
        assertThat(page("/console/audit/entries?text=" + "x".repeat(101))).contains("内容过长");
        String script = page("/console/audit/entries?text=<script>alert(1)</script>");
        assertThat(script).contains("查询条件有误").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void exportReturnsTheFilteredRowsAsExcel() throws Exception {
        String run = "qa" + AuditEntryQueryTests.marker();
        operation(run + "-anna", "staff.account.create", PENGLI, run + " exported");
        operation(run + "-bert", "staff.account.create", PENGLI, run + " left out");

        byte[] xlsx = mvc.perform(get("/console/audit/operations/export?actor=" + run + "-anna")
                        .with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> sheet = cells(xlsx);
        assertThat(sheet.get(0)).contains("时间", "用户", "操作", "详情");
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains(run + "-anna", "新增账户", "staff.account.create", run + " exported", "彭李街道");
    }

    @Test
    void exportOfAnInvalidFilterIsABadRequest() throws Exception {
        mvc.perform(get("/console/audit/entries/export?from=never").with(logins.as("auditor")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void townshipAndCountyStaffAreRefusedEveryAuditPage() throws Exception {
        for (String user : List.of("pengli", "bincheng")) {
            for (String path : PAGES) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
                mvc.perform(get(path + "/export").with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/console/audit/chain").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/console/audit/chain").with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void administratorReadsTheLoginLogButNotTheAuditorsPages() throws Exception {
        mvc.perform(get("/console/audit/login-log").with(logins.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/console/audit/login-log/export").with(logins.as("admin")))
                .andExpect(status().isOk());
        for (String path : List.of(
                "/console/audit/operations",
                "/console/audit/personal-data",
                "/console/audit/entries",
                "/console/audit/chain")) {
            mvc.perform(get(path).with(logins.as("admin"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void auditorSeesTheMenuAndTheDashboardTile() throws Exception {
        String home = page("/console");
        assertThat(home).contains("安全审计", "今日登录", "今日登录失败", "本周审计记录");
        assertThat(home)
                .contains(
                        "/console/audit/login-log",
                        "/console/audit/operations",
                        "/console/audit/personal-data",
                        "/console/audit/entries",
                        "/console/audit/chain");
    }

    @Test
    void scopedViewerSeesOnlyEntriesOfTheirTownship() throws Exception {
        String run = AuditEntryQueryTests.marker();
        operation("qa" + run, "test.widget.create", PENGLI, run + " in pengli");
        operation("qa" + run, "test.widget.create", LIZE, run + " in lize");
        operation("qa" + run, "test.widget.create", null, run + " nowhere");

        String found = mvc.perform(get("/console/audit/entries?text=" + run).with(townshipAuditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains(run + " in pengli").doesNotContain(run + " in lize", run + " nowhere");

        mvc.perform(get("/console/audit/entries?region=371602012&text=" + run).with(townshipAuditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("区划代码应为")))
                .andExpect(content().string(not(containsString(run + " in lize"))));

        assertThat(page("/console/audit/entries?text=" + run))
                .contains(run + " in pengli", run + " in lize", run + " nowhere");
    }

    @Test
    void chainPageShowsIntactAfterVerifyingAndTheCheckIsAudited() throws Exception {
        mvc.perform(get("/console/audit/chain").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本次登录后尚未核验")))
                .andExpect(content().string(containsString("--verify-audit-chain")));

        Cookie session = verifyNow();

        mvc.perform(get("/console/audit/chain").cookie(session).with(logins.as("auditor")))
                .andExpect(content().string(containsString("日志链完好")))
                .andExpect(content().string(containsString("badge ok")));
        Map<String, Object> entry = lastEntry("audit.chain.verify");
        assertThat(entry.get("actor_username")).isEqualTo("auditor");
        assertThat(entry.get("outcome")).isEqualTo("SUCCESS");
        assertThat((String) entry.get("detail")).startsWith("intact");
    }

    @Test
    void chainPageNamesTheFirstBrokenEntry() throws Exception {
        operation("qa" + AuditEntryQueryTests.marker(), "test.widget.create", null, "original");
        long tampered = jdbc.queryForObject("select max(id) from audit.audit_entries", Long.class);
        withoutTriggers("update audit.audit_entries set detail = ? where id = ?", "tampered", tampered);
        restore = () -> withoutTriggers("update audit.audit_entries set detail = ? where id = ?", "original", tampered);

        Cookie session = verifyNow();

        mvc.perform(get("/console/audit/chain").cookie(session).with(logins.as("auditor")))
                .andExpect(content().string(containsString("日志链已断开")))
                .andExpect(content()
                        .string(containsString("<dd class=\"mono\" id=\"first-broken\">" + tampered + "</dd>")))
                .andExpect(content().string(containsString("内容与杂凑值不符")));
        Map<String, Object> entry = lastEntry("audit.chain.verify");
        assertThat(entry.get("outcome")).isEqualTo("FAILURE");
        assertThat((String) entry.get("detail")).contains("broken at entry " + tampered);
    }

    /** Sessions live in PostgreSQL behind the SESSION cookie (Spring Session), so the result travels with it. */
    private Cookie verifyNow() throws Exception {
        Cookie session = mvc.perform(post("/console/audit/chain").with(csrf()).with(logins.as("auditor")))
                .andExpect(redirectedUrl("/console/audit/chain"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private void operation(String actor, String action, RegionCode region, String detail) {
        audit.record(new AuditEvent(
                AuditCategory.OPERATION,
                action,
                AuditOutcome.SUCCESS,
                "test.thing",
                "1",
                region,
                detail,
                actor,
                region));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html) {
        return html.split("<tr id=\"entry-", -1).length - 1;
    }

    private Map<String, Object> lastEntry(String action) {
        return jdbc.queryForMap("select * from audit.audit_entries where action = ? order by id desc limit 1", action);
    }

    private void withoutTriggers(String sql, Object... args) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, args);
        });
    }

    /** No demo account audits below city level, so this test signs in a made-up township auditor. */
    private static RequestPostProcessor townshipAuditor() {
        StaffPrincipal viewer = new StaffPrincipal() {
            @Override
            public long accountId() {
                return -1;
            }

            @Override
            public String username() {
                return "qa-township-auditor";
            }

            @Override
            public String displayName() {
                return "Township auditor";
            }

            @Override
            public RegionCode regionCode() {
                return PENGLI;
            }

            @Override
            public String regionName() {
                return "Pengli";
            }
        };
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                viewer,
                null,
                List.of(new SimpleGrantedAuthority("STAFF"), new SimpleGrantedAuthority("audit:log:view"))));
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        var formatter = new DataFormatter();
        List<List<String>> sheet = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                sheet.add(values);
            }
        }
        return sheet;
    }
}
