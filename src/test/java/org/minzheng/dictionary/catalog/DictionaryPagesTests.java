package org.minzheng.dictionary.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.dictionary.DictionaryFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The read pages, open to every holder of dictionary:entry:view, and the change pages, closed to everyone else. */
@IntegrationTest
class DictionaryPagesTests {

    static final String BASE = "/console/dictionary/dictionaries";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    DictionaryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DictionaryFixtures(jdbc);
    }

    @Test
    void listShowsTheStandardTablesWithTheirEntryCounts() throws Exception {
        mvc.perform(get(BASE).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("民族")))
                .andExpect(content().string(containsString("GB/T 3304-1991")))
                .andExpect(content().string(containsString("<td class=\"num\">58</td>")))
                .andExpect(content().string(containsString(BASE + "/new")));
    }

    @Test
    void searchFindsDictionariesByCodeOrName() throws Exception {
        mvc.perform(get(BASE).param("q", "marital").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("婚姻状况")))
                .andExpect(content().string(not(containsString("民族"))));
        mvc.perform(get(BASE).param("q", "残疾").with(logins.as("admin")))
                .andExpect(content().string(containsString("disability-category")))
                .andExpect(content().string(containsString("disability-grade")))
                .andExpect(content().string(not(containsString("hukou-type"))));
        mvc.perform(get(BASE).param("q", "%").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到与“%”匹配的字典")));
    }

    @Test
    void townshipReviewerReadsDictionariesWithoutChangeButtons() throws Exception {
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("民族")))
                .andExpect(content().string(not(containsString(BASE + "/new"))));
        mvc.perform(get(BASE + "/ethnicity").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("维吾尔族")))
                .andExpect(content().string(containsString("Uyghur")))
                .andExpect(content().string(not(containsString("/entries/01/edit"))))
                .andExpect(content().string(not(containsString(BASE + "/ethnicity/import"))));
    }

    @Test
    void dictionariesAreCityWideSoEveryRegionSeesTheSameLists() throws Exception {
        String code = fixtures.aLocalDictionary();
        for (String user : List.of("admin", "pengli", "lize", "zhanhua", "cunwei")) {
            mvc.perform(get(BASE + "/" + code).with(logins.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Gamma")));
        }
    }

    @Test
    void administratorSeesEveryChangeButtonButNoDeleteForBuiltinEntries() throws Exception {
        String code = fixtures.aDictionaryWithBuiltinEntry();
        mvc.perform(get(BASE + "/" + code).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BASE + "/" + code + "/entries/S/edit")))
                .andExpect(content().string(containsString(BASE + "/" + code + "/entries/L/delete")))
                .andExpect(content().string(not(containsString(BASE + "/" + code + "/entries/S/delete"))))
                .andExpect(content().string(containsString(BASE + "/" + code + "/delete")));
        mvc.perform(get(BASE + "/ethnicity").with(logins.as("admin")))
                .andExpect(content().string(not(containsString(BASE + "/ethnicity/delete"))));
    }

    @Test
    void pagesSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(get(BASE + "/ethnicity").param("lang", "en").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Entries (58)</h2>")))
                .andExpect(content().string(containsString("Ethnicity")));
    }

    @Test
    void unknownDictionaryIsNotFound() throws Exception {
        mvc.perform(get(BASE + "/no-such-dictionary").with(logins.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/no-such-dictionary/export").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/ethnicity/entries/99/edit").with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportIsAnXlsxOfAllEntriesInOrder() throws Exception {
        byte[] bytes = mvc.perform(get(BASE + "/ethnicity/export").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(bytes))
                .sheet()
                .headRowNumber(1)
                .doReadSync();
        assertThat(rows).hasSize(58);
        assertThat(rows.get(0))
                .containsEntry(0, "01")
                .containsEntry(1, "汉族")
                .containsEntry(2, "Han")
                .containsEntry(3, "10")
                .containsEntry(4, "是");
        assertThat(rows.get(57)).containsEntry(0, "98");
    }

    @Test
    void menuOffersDictionariesUnderSystemManagement() throws Exception {
        mvc.perform(get("/console").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + BASE + "\"")));
    }

    @Test
    void reviewerWithoutManagePermissionIsRefusedEveryChangePage() throws Exception {
        String code = fixtures.aLocalDictionary();
        for (String path : List.of(
                BASE + "/new",
                BASE + "/" + code + "/edit",
                BASE + "/" + code + "/entries/new",
                BASE + "/" + code + "/entries/A/edit",
                BASE + "/" + code + "/import",
                BASE + "/" + code + "/import/template")) {
            mvc.perform(get(path).with(logins.as("pengli"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void reviewerWithoutManagePermissionIsRefusedEveryChangeAndNothingChanges() throws Exception {
        String code = fixtures.aLocalDictionary();
        mvc.perform(post(BASE)
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("code", fixtures.freshCode())
                        .param("nameZh", "新")
                        .param("nameEn", "New"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + code)
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("nameZh", "改")
                        .param("nameEn", "Changed"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + code + "/delete").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + code + "/entries")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("code", "D")
                        .param("labelZh", "丁")
                        .param("labelEn", "Delta")
                        .param("enabled", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + code + "/entries/A")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("labelZh", "改")
                        .param("labelEn", "Changed")
                        .param("sortOrder", "1")
                        .param("enabled", "true"))
                .andExpect(status().isForbidden());
        for (String action : List.of("disable", "enable", "move-up", "move-down", "delete")) {
            mvc.perform(post(BASE + "/" + code + "/entries/B/" + action)
                            .with(csrf())
                            .with(logins.as("pengli")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart(BASE + "/" + code + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "entries.csv",
                                "text/csv",
                                "代码,中文名称,英文名称\nD,丁,Delta\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());

        assertThat(fixtures.exists(code)).isTrue();
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C");
        assertThat(fixtures.labelZh(code, "A")).isEqualTo("甲");
        assertThat(fixtures.enabled(code, "B")).isTrue();
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get(BASE)).andExpect(redirectedUrl("/login"));
    }
}
