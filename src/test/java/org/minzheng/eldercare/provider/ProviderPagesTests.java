package org.minzheng.eldercare.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Providers in the console: the form's checks, the data scope by county and township, and the export. */
@IntegrationTest
class ProviderPagesTests {

    static final String BASE = "/console/eldercare/providers";
    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";
    static final String BINCHENG = "371602000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countyApproverRegistersAProviderServingTwoTownships() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        String name = "测试康护服务中心" + code.substring(8, 14);

        mvc.perform(providerForm("bincheng", BASE, name, code, BINCHENG, PENGLI, LIZE))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(BASE + "/")));

        long id = idOf(code);
        assertThat(jdbc.queryForList(
                        "select township_code from eldercare.provider_areas where provider_id = ? order by 1",
                        String.class,
                        id))
                .containsExactly(PENGLI, LIZE);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'eldercare.provider.create' and target_id = ?",
                        Long.toString(id)))
                .isEqualTo(1);
        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("彭李街道、里则街道")));
    }

    @Test
    void countyApproverCorrectsTheNameAndNarrowsTheArea() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        long id = registered("bincheng", code, PENGLI, LIZE);

        mvc.perform(providerForm("bincheng", BASE + "/" + id, "改名后的服务中心" + id, code, BINCHENG, LIZE))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select name from eldercare.providers where id = ?", String.class, id))
                .isEqualTo("改名后的服务中心" + id);
        assertThat(jdbc.queryForList(
                        "select township_code from eldercare.provider_areas where provider_id = ?", String.class, id))
                .containsExactly(LIZE);
    }

    @Test
    void refusesAWrongCheckCharacterAndStoresNothing() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        mvc.perform(providerForm("bincheng", BASE, "校验码错误的服务商", wrong, BINCHENG, PENGLI))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的统一社会信用代码")));

        assertThat(count("select count(*) from eldercare.providers where credit_code = ?", wrong))
                .isZero();
    }

    @Test
    void refusesScriptTagsBlankFieldsAndAnAreaOutsideTheCounty() throws Exception {
        String code = ProviderFixtures.aCreditCode();

        mvc.perform(providerForm("bincheng", BASE, "<script>alert(1)</script>", code, BINCHENG, PENGLI))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(providerForm("bincheng", BASE, "", code, BINCHENG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填。")))
                .andExpect(content().string(containsString("请至少选择一个乡镇（街道）。")));
        mvc.perform(providerForm("admin", BASE, "跨区县的服务商", code, BINCHENG, PENGLI, "371603001000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务区域只能是所在区县的乡镇（街道）。")));

        assertThat(count("select count(*) from eldercare.providers where credit_code = ?", code))
                .isZero();
    }

    @Test
    void refusesACreditCodeAnotherProviderHas() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        registered("bincheng", code, PENGLI);

        mvc.perform(providerForm("bincheng", BASE, "重复代码的服务商", code.toLowerCase(), BINCHENG, LIZE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有服务商使用这个统一社会信用代码。")));

        assertThat(count("select count(*) from eldercare.providers where credit_code = ?", code))
                .isEqualTo(1);
    }

    @Test
    void refusesAContractEndingBeforeItStartsAndAcceptsAValidOne() throws Exception {
        long id = registered("bincheng", ProviderFixtures.aCreditCode(), PENGLI);

        mvc.perform(post(BASE + "/" + id + "/contracts")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("number", "HT-1")
                        .param("validFrom", "2026-06-01")
                        .param("validTo", "2026-05-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于起始日期。")));
        assertThat(count("select count(*) from eldercare.provider_contracts where provider_id = ?", id))
                .isZero();

        mvc.perform(post(BASE + "/" + id + "/contracts")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("number", "HT-1")
                        .param("validFrom", "2020-01-01")
                        .param("validTo", "2099-12-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("HT-1")))
                .andExpect(content().string(containsString("有效")));
        mvc.perform(get(BASE)
                        .param("status", "contracted")
                        .param("q", codeOf(id))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString(cell(codeOf(id)))));
        mvc.perform(get(BASE)
                        .param("status", "uncontracted")
                        .param("q", codeOf(id))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString(cell(codeOf(id))))));
    }

    @Test
    void anotherCountyNeitherListsNorOpensTheProvider() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        long id = registered("bincheng", code, PENGLI);

        mvc.perform(get(BASE).param("county", BINCHENG).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get(BASE).with(logins.as("zhanhua")))
                .andExpect(content().string(not(containsString(code))))
                .andExpect(content().string(not(containsString("滨城区康乐居家养老服务中心"))));
        mvc.perform(get(BASE + "/" + id).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/edit").with(logins.as("zhanhua"))).andExpect(status().isNotFound());
    }

    @Test
    void townshipSeesOnlyTheProvidersServingIt() throws Exception {
        String servingPengli = ProviderFixtures.aCreditCode();
        String servingLize = ProviderFixtures.aCreditCode();
        long pengliProvider = registered("bincheng", servingPengli, PENGLI);
        long lizeProvider = registered("bincheng", servingLize, LIZE);

        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cell(servingPengli))))
                .andExpect(content().string(not(containsString(cell(servingLize)))));
        mvc.perform(get(BASE + "/" + pengliProvider).with(logins.as("pengli"))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/" + lizeProvider).with(logins.as("pengli"))).andExpect(status().isNotFound());
    }

    @Test
    void readersWithoutTheManagePermissionAreRefused() throws Exception {
        long id = registered("bincheng", ProviderFixtures.aCreditCode(), PENGLI);
        String code = ProviderFixtures.aCreditCode();

        mvc.perform(get(BASE + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(providerForm("pengli", BASE, "乡镇不能新增", code, BINCHENG, PENGLI))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/edit").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/edit"))));

        assertThat(count("select count(*) from eldercare.providers where credit_code = ?", code))
                .isZero();
    }

    @Test
    void exportsTheFilteredListAsExcel() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        registered("bincheng", code, PENGLI);

        byte[] file = mvc.perform(get(BASE + "/export").param("q", code).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows.get(0)).containsValues("服务商名称", "统一社会信用代码", "未办结投诉");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsValues(code, "滨城区", "无有效合同");
    }

    @Test
    void demoProvidersOfBinchengAreListed() throws Exception {
        mvc.perform(get(BASE).param("county", BINCHENG).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城区康乐居家养老服务中心（演示）")))
                .andExpect(content().string(containsString("合同有效")));
    }

    long registered(String user, String code, String... townships) throws Exception {
        mvc.perform(providerForm(user, BASE, "测试服务商" + code.substring(8, 17), code, BINCHENG, townships))
                .andExpect(status().is3xxRedirection());
        return idOf(code);
    }

    MockHttpServletRequestBuilder providerForm(
            String user, String url, String name, String code, String county, String... townships) {
        return post(url)
                .with(logins.as(user))
                .with(csrf())
                .param("name", name)
                .param("creditCode", code)
                .param("contactName", "李主任")
                .param("contactPhone", "0543-3216688")
                .param("countyCode", county)
                .param("townships", townships);
    }

    /** The credit code as the list's table shows it, not as the search box repeats it. */
    static String cell(String code) {
        return "<td class=\"mono\">" + code + "</td>";
    }

    long idOf(String code) {
        return jdbc.queryForObject("select id from eldercare.providers where credit_code = ?", Long.class, code);
    }

    String codeOf(long id) {
        return jdbc.queryForObject("select credit_code from eldercare.providers where id = ?", String.class, id);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
