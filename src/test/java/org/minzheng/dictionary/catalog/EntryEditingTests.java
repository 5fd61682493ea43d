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

/** Adding, editing, reordering, disabling and deleting entries as the city administrator. */
@IntegrationTest
class EntryEditingTests {

    static final String BASE = "/console/dictionary/dictionaries/";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    DictionaryFixtures fixtures;
    String code;

    @BeforeEach
    void aDictionary() {
        fixtures = new DictionaryFixtures(jdbc);
        code = fixtures.aLocalDictionary();
    }

    @Test
    void entryFormsOpen() throws Exception {
        mvc.perform(get(BASE + code + "/entries/new").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-form\"")));
        mvc.perform(get(BASE + code + "/entries/B/edit").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"乙\"")))
                .andExpect(content().string(containsString("value=\"20\"")));
    }

    @Test
    void newEntryWithoutSortOrderGoesLastAndIsAudited() throws Exception {
        add("D", "丁", "Delta", "", true)
                .andExpect(redirectedUrl(BASE + code))
                .andExpect(flash().attribute("flashSuccess", "已新增字典项 D（丁）。"));

        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C", "D");
        assertThat(fixtures.sortOrder(code, "D")).isEqualTo(40);
        assertThat(fixtures.enabled(code, "D")).isTrue();
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.entry.create " + code + "/D -");
    }

    @Test
    void newEntryWithSortOrderTakesItsPlace() throws Exception {
        add("Z_1-x", "首", "First", "5", false).andExpect(redirectedUrl(BASE + code));
        assertThat(fixtures.codesInOrder(code)).containsExactly("Z_1-x", "A", "B", "C");
        assertThat(fixtures.enabled(code, "Z_1-x")).isFalse();
    }

    @Test
    void blankFieldsAreRefusedAndNothingIsStored() throws Exception {
        add("", " ", "", "", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("entryForm", "code", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("entryForm", "labelZh", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("entryForm", "labelEn", "NotBlank"))
                .andExpect(content().string(containsString("<div class=\"field has-error\">")));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void tooLongValuesAreRefusedAndNothingIsStored() throws Exception {
        add("X".repeat(21), "长".repeat(51), "L".repeat(51), "100000", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "code", "labelZh", "labelEn", "sortOrder"));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
        add("X".repeat(20), "长".repeat(50), "L".repeat(50), "99999", true).andExpect(redirectedUrl(BASE + code));
        assertThat(fixtures.entryCount(code)).isEqualTo(4);
    }

    @Test
    void malformedCodesAndSortOrdersAreRefused() throws Exception {
        for (String bad : new String[] {"a b", "代码", "a.b", "a/b"}) {
            add(bad, "名", "Name", "", true)
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("entryForm", "code"));
        }
        add("D", "丁", "Delta", "abc", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "sortOrder"))
                .andExpect(content().string(containsString("排序应为 0 至 99999 之间的整数")));
        add("D", "丁", "Delta", "-1", true).andExpect(model().attributeHasFieldErrors("entryForm", "sortOrder"));
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C");
    }

    @Test
    void everyProblemOfOneSubmissionIsReportedAtOnce() throws Exception {
        add("a b", "", "<x>", "abc", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "code", "labelZh", "labelEn", "sortOrder"));
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C");
    }

    @Test
    void scriptInLabelsIsRefused() throws Exception {
        add("D", "<script>alert(1)</script>", "<img src=x>", "", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "labelZh", "labelEn"))
                .andExpect(content().string(containsString("不能包含尖括号")));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void duplicateCodeIsRefusedWithAClearMessage() throws Exception {
        add("B", "另一个乙", "Another", "", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("entryForm", "code", "dictionary.error.entryExists"))
                .andExpect(content().string(containsString("代码“B”在本字典中已存在")));
        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙");
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void administratorEditsLabelsSortOrderAndFlag() throws Exception {
        edit("B", "乙改", "Beta 2", "35", false)
                .andExpect(redirectedUrl(BASE + code))
                .andExpect(flash().attribute("flashSuccess", "已保存字典项 B（乙改）。"));

        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙改");
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "C", "B");
        assertThat(fixtures.enabled(code, "B")).isFalse();
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.entry.update " + code + "/B -");
    }

    @Test
    void editWithBadInputChangesNothing() throws Exception {
        edit("B", "", "<script>", "", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "labelZh", "labelEn", "sortOrder"));
        edit("B", "乙".repeat(51), "Beta", "20", true)
                .andExpect(model().attributeHasFieldErrors("entryForm", "labelZh"));
        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙");
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void editingAnUnknownEntryIsNotFound() throws Exception {
        edit("Q", "无", "None", "1", true).andExpect(status().isNotFound());
    }

    @Test
    void disabledEntryCanBeEnabledAgain() throws Exception {
        mvc.perform(post(BASE + code + "/entries/B/disable").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + code));
        assertThat(fixtures.enabled(code, "B")).isFalse();
        mvc.perform(get(BASE + code).with(logins.as("admin")))
                .andExpect(content().string(containsString(BASE + code + "/entries/B/enable")));

        mvc.perform(post(BASE + code + "/entries/B/enable").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + code));
        assertThat(fixtures.enabled(code, "B")).isTrue();
        assertThat(fixtures.auditTrail(code))
                .containsExactly(
                        "dictionary.entry.disable " + code + "/B -", "dictionary.entry.enable " + code + "/B -");
    }

    @Test
    void entriesMoveUpAndDown() throws Exception {
        move("C", "move-up");
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "C", "B");
        move("A", "move-down");
        assertThat(fixtures.codesInOrder(code)).containsExactly("C", "A", "B");
        move("C", "move-up");
        assertThat(fixtures.codesInOrder(code)).containsExactly("C", "A", "B");
        assertThat(fixtures.auditTrail(code))
                .containsExactly("dictionary.entry.move " + code + "/C -", "dictionary.entry.move " + code + "/A -");
    }

    @Test
    void entriesSharingASortOrderStillMove() throws Exception {
        jdbc.update("update dictionary.entries set sort_order = 10 where dictionary_code = ?", code);
        move("B", "move-up");
        assertThat(fixtures.codesInOrder(code)).containsExactly("B", "A", "C");
    }

    @Test
    void administratorDeletesAnAddedEntry() throws Exception {
        mvc.perform(post(BASE + code + "/entries/B/delete").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + code))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "C");
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.entry.delete " + code + "/B -");
    }

    @Test
    void builtinEntryCannotBeDeletedButCanBeRelabelledAndDisabled() throws Exception {
        String mixed = fixtures.aDictionaryWithBuiltinEntry();
        mvc.perform(post(BASE + mixed + "/entries/S/delete").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + mixed))
                .andExpect(flash().attribute("flashError", "字典项 S 来自国家标准，不能删除；不再使用时可以停用。"));
        assertThat(fixtures.codesInOrder(mixed)).containsExactly("S", "L");
        assertThat(fixtures.auditTrail(mixed)).isEmpty();

        mvc.perform(post(BASE + mixed + "/entries/S")
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("labelZh", "标准项")
                        .param("labelEn", "Standard entry")
                        .param("sortOrder", "10")
                        .param("enabled", "false"))
                .andExpect(redirectedUrl(BASE + mixed));
        assertThat(fixtures.labelZh(mixed, "S")).isEqualTo("标准项");
        assertThat(fixtures.enabled(mixed, "S")).isFalse();
        assertThat(jdbc.queryForObject(
                        "select builtin from dictionary.entries where dictionary_code = ? and code = 'S'",
                        Boolean.class,
                        mixed))
                .isTrue();
    }

    private ResultActions add(String entry, String labelZh, String labelEn, String sortOrder, boolean enabled)
            throws Exception {
        return mvc.perform(post(BASE + code + "/entries")
                .with(csrf())
                .with(logins.as("admin"))
                .param("code", entry)
                .param("labelZh", labelZh)
                .param("labelEn", labelEn)
                .param("sortOrder", sortOrder)
                .param("enabled", Boolean.toString(enabled))
                .param("_enabled", "on"));
    }

    private ResultActions edit(String entry, String labelZh, String labelEn, String sortOrder, boolean enabled)
            throws Exception {
        return mvc.perform(post(BASE + code + "/entries/" + entry)
                .with(csrf())
                .with(logins.as("admin"))
                .param("labelZh", labelZh)
                .param("labelEn", labelEn)
                .param("sortOrder", sortOrder)
                .param("enabled", Boolean.toString(enabled))
                .param("_enabled", "on"));
    }

    private void move(String entry, String direction) throws Exception {
        mvc.perform(post(BASE + code + "/entries/" + entry + "/" + direction)
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
    }
}
