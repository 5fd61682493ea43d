package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.eldercare.bed.BedFixtures.BEDS;
import static org.minzheng.eldercare.bed.BedFixtures.PENGLI;
import static org.minzheng.eldercare.bed.BedFixtures.jpeg;
import static org.minzheng.eldercare.bed.BedFixtures.photo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** 撤销 and 终止服务: a bed ends with a reason, allows nothing more, and frees the elder for a new bed. */
@IntegrationTest
@Transactional
class BedClosingTests {

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

    Map<String, Object> ending(long bed) {
        return jdbc.sql("select closed_on, closed_by, closing_reason from eldercare.beds where id = :id")
                .param("id", bed)
                .query()
                .singleRow();
    }

    void nothingEnded(long bed, String status) {
        assertThat(fixtures.statusOf(bed)).isEqualTo(status);
        assertThat(ending(bed)).containsEntry("closing_reason", null).containsEntry("closed_by", null);
        assertThat(fixtures.auditCount(bed, "eldercare.bed.cancel") + fixtures.auditCount(bed, "eldercare.bed.close"))
                .isZero();
    }

    @Test
    void aBedNotYetActiveIsCancelledWithItsReason() throws Exception {
        long bed = fixtures.planned("pengli", fixtures.anElder("终止老人甲", PENGLI), fixtures.aProvider(PENGLI));
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("id=\"cancel-bed\"")))
                .andExpect(content().string(not(containsString("id=\"close-bed\""))));

        mvc.perform(post(BEDS + "/" + bed + "/cancel")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "家属决定不再改造"))
                .andExpect(flash().attribute("flashSuccess", "家庭养老床位已撤销。"));

        assertThat(fixtures.statusOf(bed)).isEqualTo("CANCELLED");
        assertThat(ending(bed))
                .containsEntry("closing_reason", "家属决定不再改造")
                .containsEntry("closed_by", "pengli")
                .containsEntry("closed_on", java.sql.Date.valueOf(LocalDate.now()));
        assertThat(fixtures.auditCount(bed, "eldercare.bed.cancel")).isEqualTo(1);
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("已撤销")))
                .andExpect(content().string(containsString("家属决定不再改造")))
                .andExpect(content().string(not(containsString("id=\"cancel-bed\""))))
                .andExpect(content().string(not(containsString("id=\"plan-form\""))));
    }

    @Test
    void cancellingNeedsAShortPlainReasonAndStoresNothingOtherwise() throws Exception {
        long bed = fixtures.established("pengli", fixtures.anElder("终止老人乙", PENGLI), fixtures.aProvider(PENGLI));
        for (String reason : new String[] {"", "   ", "<script>alert(1)</script>", "因".repeat(201)}) {
            mvc.perform(post(BEDS + "/" + bed + "/cancel")
                            .with(logins.as("pengli"))
                            .with(csrf())
                            .param("reason", reason))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("field-error")));
        }
        nothingEnded(bed, "DRAFT");
    }

    @Test
    void anActiveBedIsClosedWithAReasonAndADate() throws Exception {
        long bed = fixtures.active("pengli", fixtures.anElder("终止老人丙", PENGLI), fixtures.aProvider(PENGLI));
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("id=\"close-bed\"")))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")))
                .andExpect(content().string(not(containsString("id=\"cancel-bed\""))));

        mvc.perform(post(BEDS + "/" + bed + "/close")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "老人去世")
                        .param("closedOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("flashSuccess", "家庭养老床位已终止服务。"));

        assertThat(fixtures.statusOf(bed)).isEqualTo("CLOSED");
        assertThat(ending(bed)).containsEntry("closing_reason", "老人去世").containsEntry("closed_by", "pengli");
        assertThat(fixtures.auditCount(bed, "eldercare.bed.close")).isEqualTo(1);
        mvc.perform(get(BEDS).param("status", "CLOSED").with(logins.as("pengli")))
                .andExpect(content().string(containsString("终止老人丙")))
                .andExpect(content().string(containsString("已终止服务")));
        mvc.perform(get(BEDS).param("status", "ACTIVE").with(logins.as("pengli")))
                .andExpect(content().string(not(containsString("终止老人丙"))));
    }

    @Test
    void closingWithBadInputStoresNothing() throws Exception {
        long bed = fixtures.active("pengli", fixtures.anElder("终止老人丁", PENGLI), fixtures.aProvider(PENGLI));
        String today = LocalDate.now().toString();
        String[][] bad = {
            {"", today, "此项必填"},
            {"<script>alert(1)</script>", today, "尖括号"},
            {"迁".repeat(201), today, "field-error"},
            {"迁出本地", LocalDate.now().plusDays(1).toString(), "终止日期不能晚于今天"},
            {"迁出本地", LocalDate.now().minusDays(1).toString(), "终止日期不能早于验收日期"},
            {"迁出本地", "", "field-error"},
            {"迁出本地", "明天", "field-error"}
        };
        for (String[] input : bad) {
            mvc.perform(post(BEDS + "/" + bed + "/close")
                            .with(logins.as("pengli"))
                            .with(csrf())
                            .param("reason", input[0])
                            .param("closedOn", input[1]))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString(input[2])));
        }
        nothingEnded(bed, "ACTIVE");
    }

    @Test
    void noStepIsAllowedOnceABedHasEnded() throws Exception {
        long provider = fixtures.aProvider(PENGLI);
        long closed = fixtures.active("pengli", fixtures.anElder("终止老人戊", PENGLI), provider);
        mvc.perform(post(BEDS + "/" + closed + "/close")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "本人申请退出")
                        .param("closedOn", LocalDate.now().toString()))
                .andExpect(flash().attributeExists("flashSuccess"));
        long cancelled = fixtures.worksOrdered("pengli", fixtures.anElder("终止老人己", PENGLI), provider);
        mvc.perform(post(BEDS + "/" + cancelled + "/cancel")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "入住养老机构"))
                .andExpect(flash().attributeExists("flashSuccess"));

        for (long bed : new long[] {closed, cancelled}) {
            for (String step : new String[] {"/plan", "/works", "/accept", "/cancel"}) {
                mvc.perform(post(BEDS + "/" + bed + step)
                                .with(logins.as("pengli"))
                                .with(csrf())
                                .param("reason", "再试一次")
                                .param("quantity." + fixtures.item("防滑垫"), "1"))
                        .andExpect(flash().attribute("flashError", "床位当前状态不允许这一操作。"));
            }
            mvc.perform(post(BEDS + "/" + bed + "/close")
                            .with(logins.as("pengli"))
                            .with(csrf())
                            .param("reason", "再试一次")
                            .param("closedOn", LocalDate.now().toString()))
                    .andExpect(flash().attribute("flashError", "床位当前状态不允许这一操作。"));
            mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                            .file(photo("迟到.jpg", jpeg()))
                            .with(logins.as("pengli"))
                            .with(csrf()))
                    .andExpect(flash().attributeExists("flashError"));
        }
        assertThat(fixtures.statusOf(closed)).isEqualTo("CLOSED");
        assertThat(fixtures.statusOf(cancelled)).isEqualTo("CANCELLED");
        assertThat(ending(closed)).containsEntry("closing_reason", "本人申请退出");
        assertThat(fixtures.photoCount(cancelled)).isZero();
    }

    @Test
    void theElderMayGetANewBedOnceTheOldOneHasEnded() throws Exception {
        long elder = fixtures.anElder("终止老人庚", PENGLI);
        long provider = fixtures.aProvider(PENGLI);
        long first = fixtures.active("pengli", elder, provider);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(content().string(containsString("已有家庭养老床位")));
        mvc.perform(get(BEDS + "/new").with(logins.as("pengli")))
                .andExpect(content().string(not(containsString("终止老人庚"))));
        mvc.perform(post(BEDS + "/" + first + "/close")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "迁出本地")
                        .param("closedOn", LocalDate.now().toString()))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(get(BEDS + "/new").with(logins.as("pengli")))
                .andExpect(content().string(containsString("终止老人庚")));

        long second = fixtures.established("pengli", elder, provider);

        assertThat(second).isNotEqualTo(first);
        assertThat(fixtures.bedCount(elder)).isEqualTo(2);
        assertThat(fixtures.statusOf(first)).isEqualTo("CLOSED");
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(content().string(containsString("已有家庭养老床位")));
        assertThat(fixtures.bedCount(elder)).isEqualTo(2);
    }

    @Test
    void anActiveBedCannotBeCancelledNorAnOpenOneClosed() throws Exception {
        long provider = fixtures.aProvider(PENGLI);
        long active = fixtures.active("pengli", fixtures.anElder("终止老人辛", PENGLI), provider);
        mvc.perform(post(BEDS + "/" + active + "/cancel")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "撤销"))
                .andExpect(flash().attributeExists("flashError"));
        nothingEnded(active, "ACTIVE");
        long draft = fixtures.established("pengli", fixtures.anElder("终止老人壬", PENGLI), provider);
        mvc.perform(post(BEDS + "/" + draft + "/close")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("reason", "终止")
                        .param("closedOn", LocalDate.now().toString()))
                .andExpect(flash().attributeExists("flashError"));
        nothingEnded(draft, "DRAFT");
    }

    @Test
    void onlyManagersWithinTheirAreaEndBeds() throws Exception {
        long provider = fixtures.aProvider(PENGLI);
        long draft = fixtures.established("pengli", fixtures.anElder("终止老人癸", PENGLI), provider);
        long active = fixtures.active("pengli", fixtures.anElder("终止老人子", PENGLI), provider);
        for (String user : new String[] {"auditor", "cunwei"}) {
            mvc.perform(post(BEDS + "/" + draft + "/cancel")
                            .with(logins.as(user))
                            .with(csrf())
                            .param("reason", "越权撤销"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(BEDS + "/" + active + "/close")
                            .with(logins.as(user))
                            .with(csrf())
                            .param("reason", "越权终止")
                            .param("closedOn", LocalDate.now().toString()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(BEDS + "/" + draft + "/cancel")
                        .with(logins.as("lize"))
                        .with(csrf())
                        .param("reason", "别处撤销"))
                .andExpect(status().isNotFound());
        mvc.perform(post(BEDS + "/" + active + "/close")
                        .with(logins.as("lize"))
                        .with(csrf())
                        .param("reason", "别处终止")
                        .param("closedOn", LocalDate.now().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BEDS + "/" + draft).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"cancel-bed\""))));
        nothingEnded(draft, "DRAFT");
        nothingEnded(active, "ACTIVE");
    }
}
