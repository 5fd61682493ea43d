package org.minzheng.childwelfare.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Medical notes: encrypted, for the home's staff and the therapists only, each reading audited. */
@IntegrationTest
@Transactional
class MedicalNoteTests {

    static final String NOTE = "测试诊断：脑瘫痉挛型，对头孢过敏。";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    BlindIndex index;

    long child;
    String notes;

    @BeforeEach
    void aChild() {
        var fixtures = new ChildFixtures(jdbc, cipher, index);
        long home = fixtures.institution(ChildFixtures.CITY);
        child = fixtures.child(
                home, ChildFixtures.CITY, "医疗记录测试", ChildService.today().minusYears(1));
        notes = ChildProfileTests.CHILDREN + "/" + child + "/medical-notes";
    }

    MockHttpServletRequestBuilder addNote(String text, String user) {
        return post(notes).with(csrf()).param("text", text).with(logins.as(user));
    }

    long noteCount() {
        return jdbc.sql("select count(*) from childwelfare.medical_notes where child_id = :c")
                .param("c", child)
                .query(Long.class)
                .single();
    }

    long reveals(String user) {
        return jdbc.sql("""
                        select count(*) from audit.audit_entries
                        where action = 'pii.reveal.medical-notes' and category = 'PERSONAL_DATA'
                          and target_id = :id and actor_username = :user
                        """)
                .param("id", String.valueOf(child))
                .param("user", user)
                .query(Long.class)
                .single();
    }

    @Test
    void welfareHomeStaffAddANoteStoredEncryptedThatTheTherapistReads() throws Exception {
        mvc.perform(addNote(NOTE, "fuliyuan")).andExpect(status().is3xxRedirection());

        byte[] stored = jdbc.sql("select note_cipher from childwelfare.medical_notes where child_id = :c")
                .param("c", child)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("脑瘫");
        assertThat(cipher.decrypt(stored, MedicalNoteRepository.NOTE)).isEqualTo(NOTE);
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where action = 'childwelfare.child.medical-note'"
                                + " and target_id = :id")
                        .param("id", String.valueOf(child))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        for (String user : new String[] {"fuliyuan", "zhiliao"}) {
            mvc.perform(get(notes).with(logins.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(NOTE)));
        }
        mvc.perform(addNote("治疗师补充：加强髋关节训练。", "zhiliao")).andExpect(status().is3xxRedirection());
        assertThat(noteCount()).isEqualTo(2);
    }

    @Test
    void eachReadingOfTheNotesIsAuditedAsAReveal() throws Exception {
        mvc.perform(addNote(NOTE, "fuliyuan")).andExpect(status().is3xxRedirection());
        long before = reveals("zhiliao");

        mvc.perform(get(notes).with(logins.as("zhiliao"))).andExpect(status().isOk());
        mvc.perform(get(notes).with(logins.as("zhiliao"))).andExpect(status().isOk());

        assertThat(reveals("zhiliao")).isEqualTo(before + 2);
        mvc.perform(get(ChildProfileTests.CHILDREN + "/" + child).with(logins.as("zhiliao")))
                .andExpect(status().isOk());
        assertThat(reveals("zhiliao")).isEqualTo(before + 2);
    }

    @Test
    void administratorAndAuditorSeeThatNotesExistButNotTheirText() throws Exception {
        mvc.perform(addNote(NOTE, "fuliyuan")).andExpect(status().is3xxRedirection());

        for (String user : new String[] {"admin", "auditor"}) {
            mvc.perform(get(ChildProfileTests.CHILDREN + "/" + child).with(logins.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("共有 1 条医疗记录")))
                    .andExpect(content().string(not(containsString("脑瘫"))))
                    .andExpect(content().string(not(containsString("medical-notes\""))));
            mvc.perform(get(notes).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(addNote("不应保存", user)).andExpect(status().isForbidden());
            mvc.perform(get(ChildProfileTests.CHILDREN + "/" + child + "/print").with(logins.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("脑瘫"))));
            assertThat(reveals(user)).isZero();
        }
        assertThat(noteCount()).isEqualTo(1);
    }

    @Test
    void badNotesAreRefusedAndNothingStored() throws Exception {
        mvc.perform(addNote(" ", "fuliyuan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        mvc.perform(addNote("长".repeat(1001), "fuliyuan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内容太长")));
        mvc.perform(addNote("<script>alert(1)</script>", "fuliyuan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        assertThat(noteCount()).isZero();
    }
}
