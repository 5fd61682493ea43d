package org.minzheng.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.notification.Sms;
import org.minzheng.notification.TestPhones;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationPagesTests {

    static final String PAGE = "/console/notification/messages";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Notifications notifications;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cityAdministratorAndAuditorSeeMessagesWithPhonesMasked() throws Exception {
        PhoneNumber phone = TestPhones.aMobile();
        String reference = TestPhones.aReference();
        notifications.send(new Sms(phone, "您的低保申请已受理。", "assistance.case.accepted", reference));

        for (String user : List.of("admin", "auditor")) {
            String page = page(PAGE + "?purpose=assistance", user);
            assertThat(page).contains("短信记录", reference, phone.masked(), "assistance.case.accepted", "待发送");
            assertThat(page).doesNotContain(phone.value());
        }
    }

    @Test
    void townshipAndCountyStaffAreRefused() throws Exception {
        for (String user : List.of("pengli", "bincheng", "cunwei")) {
            mvc.perform(get(PAGE).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(PAGE + "/export").with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void oneTimeCodesAreNeverShown() throws Exception {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, "portal.case.phone");

        String page = page(PAGE + "?purpose=notification.code", "auditor");

        assertThat(page).contains(phone.masked(), "验证码是 ******");
        assertThat(page).doesNotContainPattern("验证码是 \\d{6}");
    }

    @Test
    void filtersByStatusAndPurpose() throws Exception {
        String sentRef = TestPhones.aReference();
        String waitingRef = TestPhones.aReference();
        notifications.send(new Sms(TestPhones.aMobile(), "已发送的短信。", "test.filter.one", sentRef));
        notifications.send(new Sms(TestPhones.aMobile(), "待发送的短信。", "test.filter.two", waitingRef));
        jdbc.update(
                "update notification.sms_outbox set status = 'SENT', sent_at = now(), attempts = 1 where reference = ?",
                sentRef);

        assertThat(page(PAGE + "?status=SENT&purpose=test.filter", "auditor"))
                .contains(sentRef)
                .doesNotContain(waitingRef);
        assertThat(page(PAGE + "?status=PENDING&purpose=test.filter", "auditor"))
                .contains(waitingRef)
                .doesNotContain(sentRef);
        assertThat(page(PAGE + "?purpose=test.filter.two", "auditor"))
                .contains(waitingRef)
                .doesNotContain(sentRef);
        assertThat(page(PAGE + "?purpose=test.filter.none", "auditor")).contains("没有符合条件的短信");
    }

    @Test
    void badFiltersGiveTheListWithMessagesNotAnError() throws Exception {
        assertThat(page(PAGE + "?status=MAYBE", "auditor")).contains("请从列表中选择状态", "查询条件有误");
        assertThat(page(PAGE + "?purpose=" + "a".repeat(81), "auditor")).contains("最多 80 个字符");
        assertThat(page(PAGE + "?purpose=<script>alert(1)</script>", "auditor"))
                .contains("查询条件有误")
                .doesNotContain("<script>alert(1)</script>");
        mvc.perform(get(PAGE + "/export?status=MAYBE").with(logins.as("auditor")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesByTwentyNewestFirst() throws Exception {
        String purpose = "test.paging.q" + Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 21; i++) {
            notifications.send(new Sms(TestPhones.aMobile(), "第 " + i + " 条", purpose, "PAGE-" + i));
        }

        String first = page(PAGE + "?purpose=" + purpose, "auditor");
        assertThat(first)
                .contains("PAGE-21", "PAGE-2<")
                .doesNotContain("PAGE-1<")
                .contains("共 21 条");
        assertThat(first.indexOf("PAGE-21")).isLessThan(first.indexOf("PAGE-20"));
        assertThat(page(PAGE + "?purpose=" + purpose + "&page=1", "auditor"))
                .contains("PAGE-1<")
                .doesNotContain("PAGE-2<");
    }

    @Test
    void exportsTheFilteredMessagesAsExcelAndAuditsIt() throws Exception {
        String reference = TestPhones.aReference();
        PhoneNumber phone = TestPhones.aMobile();
        String purpose = "test.export.q" + Long.toString(System.nanoTime(), 36);
        notifications.send(new Sms(phone, "导出的短信。", purpose, reference));
        long audited = exports();

        byte[] xlsx = mvc.perform(get(PAGE + "/export?purpose=" + purpose).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> sheet = cells(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(0)).contains("创建时间", "状态", "手机号", "用途", "内容");
        assertThat(sheet.get(1)).contains("待发送", phone.masked(), purpose, reference, "导出的短信。");
        assertThat(String.join(",", sheet.get(1))).doesNotContain(phone.value());
        assertThat(exports()).isEqualTo(audited + 1);
    }

    private long exports() {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where action = 'notification.messages.export'", Long.class);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
