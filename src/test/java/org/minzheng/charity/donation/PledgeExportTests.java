package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pledge list as a spreadsheet: the list's filters and scope, headings and status names localised. */
@IntegrationTest
class PledgeExportTests extends DonationFixtures {

    static final String EXPORT = PLEDGES + "/export";

    long pledge(long donor, Long project, long fen, String region) {
        LocalDate today = KeepingRegion.today();
        return jdbc.sql("""
                        insert into charity.pledges (donor_id, project_id, amount_fen, pledged_on, due_on, note,
                            region_code, created_by)
                        values (:donor, :project, :amount, :pledged, :due, '导出测试', :region, 'test')
                        returning id
                        """)
                .param("donor", donor)
                .param("project", project)
                .param("amount", fen)
                .param("pledged", today.minusDays(3))
                .param("due", today.plusMonths(2))
                .param("region", region)
                .query(Long.class)
                .single();
    }

    List<Map<Integer, String>> rows(MockHttpServletRequestBuilder request) throws Exception {
        byte[] file = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
    }

    static List<String> donors(List<Map<Integer, String>> rows) {
        return rows.stream().skip(1).map(row -> row.get(0)).toList();
    }

    @Test
    void exportHoldsTheListsPledgesInYuanWithLocalisedHeadingsAndStatus() throws Exception {
        long donor = donor("导出认捐人", BINCHENG);
        long project = project("导出认捐项目", BINCHENG, "RUNNING");
        pledge(donor, project, 123_450L, BINCHENG);

        List<Map<Integer, String>> rows = rows(get(EXPORT).param("q", unique).with(logins.as("bincheng")));

        assertThat(rows.get(0).values()).contains("认捐人", "认捐金额（元）", "已到账金额（元）", "履行情况");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).values())
                .contains("导出认捐人" + unique, "1234.50", "0.00", "导出认捐项目" + unique, "待履行", BINCHENG);
    }

    @Test
    void exportFollowsTheProjectAndStatusFilters() throws Exception {
        long donor = donor("筛选认捐人", BINCHENG);
        long project = project("筛选认捐项目", BINCHENG, "RUNNING");
        pledge(donor, project, 50_000L, BINCHENG);
        pledge(donor, null, 70_000L, BINCHENG);

        List<Map<Integer, String>> ofProject = rows(get(EXPORT)
                .param("q", unique)
                .param("project", String.valueOf(project))
                .with(logins.as("admin")));
        assertThat(ofProject).hasSize(2);
        assertThat(ofProject.get(1).values()).contains("500.00").doesNotContain("700.00");
        assertThat(rows(get(EXPORT)
                        .param("q", unique)
                        .param("status", "FULFILLED")
                        .with(logins.as("admin"))))
                .hasSize(1);
        assertThat(rows(get(EXPORT).param("q", unique).with(logins.as("admin"))))
                .hasSize(3);
    }

    @Test
    void anotherCountysPledgeIsNotExported() throws Exception {
        long bincheng = donor("滨城导出认捐人", BINCHENG);
        long zhanhua = donor("沾化导出认捐人", ZHANHUA);
        pledge(bincheng, null, 10_000L, BINCHENG);
        pledge(zhanhua, null, 20_000L, ZHANHUA);

        assertThat(donors(rows(get(EXPORT).param("q", unique).with(logins.as("bincheng")))))
                .containsExactly("滨城导出认捐人" + unique);
        assertThat(donors(rows(get(EXPORT).param("q", unique).with(logins.as("pengli")))))
                .containsExactly("滨城导出认捐人" + unique);
        assertThat(donors(rows(get(EXPORT).param("q", unique).with(logins.as("zhanhua")))))
                .containsExactly("沾化导出认捐人" + unique);
        assertThat(donors(rows(get(EXPORT).param("q", unique).with(logins.as("auditor")))))
                .containsExactlyInAnyOrder("滨城导出认捐人" + unique, "沾化导出认捐人" + unique);
    }

    @Test
    void theListLinksToTheExportAndOnlyStaffWithDonationViewMayExport() throws Exception {
        mvc.perform(get(PLEDGES).param("q", unique).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("id=\"export-pledges\"")))
                .andExpect(content().string(containsString("/console/charity/pledges/export?q=" + unique)));
        mvc.perform(get(EXPORT).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(EXPORT)).andExpect(status().is3xxRedirection());
    }
}
