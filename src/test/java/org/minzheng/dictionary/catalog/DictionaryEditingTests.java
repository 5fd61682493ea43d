package org.minzheng.dictionary.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.dictionary.DictionaryFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Creating, renaming and deleting dictionaries as the city administrator. */
@IntegrationTest
class DictionaryEditingTests {

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
    void newDictionaryFormOpens() throws Exception {
        mvc.perform(get(BASE + "/new").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dictionary-form\"")));
    }

    @Test
    void administratorCreatesADictionaryAndItIsAudited() throws Exception {
        String code = DictionaryFixtures.freshCode();
        create(code, "救助类别", "Assistance type", "本市使用")
                .andExpect(redirectedUrl(BASE + "/" + code))
                .andExpect(flash().attribute("flashSuccess", "已新增字典“救助类别”。"));

        assertThat(fixtures.exists(code)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select builtin from dictionary.dictionaries where code = ?", Boolean.class, code))
                .isFalse();
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.dictionary.create " + code + " -");
        mvc.perform(get(BASE + "/" + code).with(logins.as("admin")))
                .andExpect(content().string(containsString("救助类别")))
                .andExpect(content().string(containsString("这个字典还没有字典项")));
    }

    @Test
    void blankNamesAreRefusedAndNothingIsStored() throws Exception {
        String code = DictionaryFixtures.freshCode();
        create(code, " ", "", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dictionaryForm", "nameZh", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("dictionaryForm", "nameEn", "NotBlank"))
                .andExpect(content().string(containsString("<div class=\"field has-error\">")));
        assertThat(fixtures.exists(code)).isFalse();
    }

    @Test
    void blankCodeIsRefusedWithOneMessage() throws Exception {
        create("", "名称", "Name", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dictionaryForm", "code", "NotBlank"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("字典代码应以小写字母开头"))));
    }

    @Test
    void malformedCodesAreRefused() throws Exception {
        for (String bad : new String[] {"Ethnicity", "1abc", "a", "has space", "中文代码", "a".repeat(61), "x<script>"}) {
            create(bad, "名称", "Name", "")
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("dictionaryForm", "code"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from dictionary.dictionaries where code = ?", Integer.class, bad))
                    .isZero();
        }
    }

    @Test
    void tooLongNamesAndDescriptionAreRefused() throws Exception {
        String code = DictionaryFixtures.freshCode();
        create(code, "名".repeat(51), "N".repeat(51), "说".repeat(201))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dictionaryForm", "nameZh", "nameEn", "description"))
                .andExpect(content().string(containsString("不能超过 50 个字")));
        assertThat(fixtures.exists(code)).isFalse();
        create(code, "名".repeat(50), "N".repeat(50), "").andExpect(redirectedUrl(BASE + "/" + code));
    }

    @Test
    void markupInNamesIsRefused() throws Exception {
        String code = DictionaryFixtures.freshCode();
        create(code, "<script>alert(1)</script>", "Name", "<b>x</b>")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dictionaryForm", "nameZh", "description"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>"))));
        assertThat(fixtures.exists(code)).isFalse();
    }

    @Test
    void duplicateCodeIsRefusedWithAClearMessage() throws Exception {
        create("ethnicity", "另一个民族", "Another", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "dictionaryForm", "code", "dictionary.error.dictionaryExists"))
                .andExpect(content().string(containsString("字典代码“ethnicity”已被使用")));
        assertThat(jdbc.queryForObject(
                        "select name_zh from dictionary.dictionaries where code = 'ethnicity'", String.class))
                .isEqualTo("民族");
        assertThat(fixtures.auditTrail("ethnicity")).doesNotContain("dictionary.dictionary.create ethnicity -");
    }

    @Test
    void administratorRenamesADictionary() throws Exception {
        String code = fixtures.aLocalDictionary();
        mvc.perform(get(BASE + "/" + code + "/edit").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试字典" + code)));

        mvc.perform(post(BASE + "/" + code)
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("nameZh", "新名称")
                        .param("nameEn", "New name")
                        .param("description", "说明"))
                .andExpect(redirectedUrl(BASE + "/" + code));

        assertThat(jdbc.queryForMap(
                        "select name_zh, name_en, description from dictionary.dictionaries where code = ?", code))
                .containsEntry("name_zh", "新名称")
                .containsEntry("name_en", "New name")
                .containsEntry("description", "说明");
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.dictionary.update " + code + " -");
    }

    @Test
    void renameWithBadInputChangesNothing() throws Exception {
        String code = fixtures.aLocalDictionary();
        mvc.perform(post(BASE + "/" + code)
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("nameZh", "")
                        .param("nameEn", "<script>x</script>"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dictionaryForm", "nameZh", "nameEn"));
        assertThat(jdbc.queryForObject(
                        "select name_zh from dictionary.dictionaries where code = ?", String.class, code))
                .isEqualTo("测试字典" + code);
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void builtinDictionaryKeepsItsCodeButItsNamesMayChange() throws Exception {
        String code = fixtures.aBuiltinDictionary();
        mvc.perform(post(BASE + "/" + code)
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("nameZh", "改名")
                        .param("nameEn", "Renamed"))
                .andExpect(redirectedUrl(BASE + "/" + code));
        assertThat(jdbc.queryForObject(
                        "select builtin from dictionary.dictionaries where code = ?", Boolean.class, code))
                .isTrue();
    }

    @Test
    void administratorDeletesALocalDictionaryWithItsEntries() throws Exception {
        String code = fixtures.aLocalDictionary();
        mvc.perform(post(BASE + "/" + code + "/delete").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.exists(code)).isFalse();
        assertThat(fixtures.entryCount(code)).isZero();
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.dictionary.delete " + code + " -");
    }

    @Test
    void builtinDictionaryCannotBeDeleted() throws Exception {
        String code = fixtures.aBuiltinDictionary();
        mvc.perform(post(BASE + "/" + code + "/delete").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + "/" + code))
                .andExpect(flash().attribute("flashError", "内置字典是国家标准代码表，不能删除。"));
        assertThat(fixtures.exists(code)).isTrue();
        assertThat(fixtures.entryCount(code)).isEqualTo(2);
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void deletingAnUnknownDictionaryIsNotFound() throws Exception {
        mvc.perform(post(BASE + "/no-such-dictionary/delete").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }

    private ResultActions create(String code, String nameZh, String nameEn, String description) throws Exception {
        return mvc.perform(post(BASE)
                .with(csrf())
                .with(logins.as("admin"))
                .param("code", code)
                .param("nameZh", nameZh)
                .param("nameEn", nameEn)
                .param("description", description));
    }
}
