package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.minzheng.eldercare.bed.BedFixtures.BEDS;
import static org.minzheng.eldercare.bed.BedFixtures.LIZE;
import static org.minzheng.eldercare.bed.BedFixtures.PENGLI;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The bed list as Excel: the list's filters, the staff member's area, and the plan's sums. */
@IntegrationTest
@Transactional
class BedExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    BedFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BedFixtures(mvc, logins, jdbc);
    }

    List<Map<Integer, String>> exported(MockHttpServletRequestBuilder request) throws Exception {
        byte[] file = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
    }

    static List<String> elders(List<Map<Integer, String>> rows) {
        return rows.stream().skip(1).map(row -> row.get(1)).toList();
    }

    @Test
    void exportHoldsTheFilteredBedsWithTheirDatesAndSums() throws Exception {
        long provider = fixtures.aProvider(PENGLI);
        long planned = fixtures.planned("pengli", fixtures.anElder("导出老人甲", PENGLI), provider);
        long draft = fixtures.established("pengli", fixtures.anElder("导出老人乙", PENGLI), provider);

        List<Map<Integer, String>> rows =
                exported(get(BEDS + "/export").param("status", "PLANNED").with(logins.as("pengli")));

        assertThat(rows.get(0))
                .containsValues("床位编号", "老人", "村（社区）", "服务商", "合同号", "状态", "建床日期", "验收日期", "改造总额（元）", "补贴（元）", "自付（元）");
        assertThat(elders(rows)).contains("导出老人甲").doesNotContain("导出老人乙");
        Map<Integer, String> row =
                rows.stream().filter(r -> "导出老人甲".equals(r.get(1))).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo(String.valueOf(planned));
        assertThat(row.get(5)).isEqualTo("方案已定");
        assertThat(row.get(6)).isEqualTo(LocalDate.now().toString());
        assertThat(row.get(7)).isNullOrEmpty();
        assertThat(Double.parseDouble(row.get(8))).isEqualTo(300.0);
        assertThat(Double.parseDouble(row.get(9))).isEqualTo(300.0);
        assertThat(Double.parseDouble(row.get(10))).isZero();
        assertThat(rows.stream().skip(1)).allSatisfy(r -> assertThat(r.get(5)).isEqualTo("方案已定"));
        assertThat(draft).isNotEqualTo(planned);
    }

    @Test
    void exportHoldsOnlyBedsWithinTheStaffMembersArea() throws Exception {
        fixtures.established("pengli", fixtures.anElder("导出老人丙", PENGLI), fixtures.aProvider(PENGLI));
        fixtures.established("lize", fixtures.anElder("导出老人丁", LIZE), fixtures.aProvider(LIZE));

        List<String> lize = elders(exported(get(BEDS + "/export").with(logins.as("lize"))));
        assertThat(lize).contains("导出老人丁").doesNotContain("导出老人丙");
        List<String> bincheng = elders(exported(get(BEDS + "/export").with(logins.as("bincheng"))));
        assertThat(bincheng).contains("导出老人丙", "导出老人丁");
        mvc.perform(get(BEDS).with(logins.as("pengli")))
                .andExpect(content().string(containsString("id=\"export-beds\"")));
    }
}
