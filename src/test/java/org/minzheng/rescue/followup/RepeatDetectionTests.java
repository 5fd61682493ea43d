package org.minzheng.rescue.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.minzheng.rescue.followup.FollowUpFixtures.BINCHENG;
import static org.minzheng.rescue.followup.FollowUpFixtures.CITY;
import static org.minzheng.rescue.followup.FollowUpFixtures.PENGLI;
import static org.minzheng.rescue.followup.FollowUpFixtures.RETURNEES;
import static org.minzheng.rescue.followup.FollowUpFixtures.idNumber;
import static org.minzheng.rescue.followup.FollowUpFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 反复流浪: a person taken in again is linked to the earlier stay, by ID number at once or by match for review. */
@IntegrationTest
class RepeatDetectionTests {

    private static final String CASES = "/console/rescue/cases";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    BlindIndex blindIndex;

    FollowUpFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowUpFixtures(jdbc, cipher, blindIndex);
    }

    private Map<String, String> intake(String place, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("stationId", String.valueOf(fixtures.station(CITY)));
        form.put(
                "foundAt",
                LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                        .minusHours(1)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        form.put("foundPlace", place);
        form.put("source", "POLICE");
        form.put("broughtBy", "派出所");
        form.put("identityStatus", "SELF_REPORTED");
        form.put("name", name);
        form.put("sex", "M");
        form.put("estimatedAge", "58");
        form.put("health", "GOOD");
        return form;
    }

    private long admit(Map<String, String> form) throws Exception {
        var request = multipart(CASES);
        form.forEach(request::param);
        mvc.perform(request.with(logins.as("jiuzhu")).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from rescue.cases where found_place = :place order by id desc limit 1")
                .param("place", form.get("foundPlace"))
                .query(Long.class)
                .single();
    }

    private long links(String where, Object value) {
        return fixtures.count("select count(*) from rescue.repeat_links where " + where, value);
    }

    @Test
    void theSameIdNumberTakenInAgainIsConfirmedAtOnce() throws Exception {
        String name = unique("身份证重复");
        String id = idNumber(true);
        Map<String, String> first = intake(unique("第一次"), name);
        first.put("idNumber", id);
        long firstCase = admit(first);
        jdbc.sql("update rescue.cases set status = 'RELEASED', released_at = now(), release_kind = 'RETURNED_HOME'"
                        + " where id = :id")
                .param("id", firstCase)
                .update();

        Map<String, String> second = intake(unique("第二次"), name);
        second.put("idNumber", id);
        long secondCase = admit(second);

        var link = jdbc.sql("select earlier_case_id, method, status, decided_by from rescue.repeat_links"
                        + " where case_id = :id")
                .param("id", secondCase)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
        assertThat(link).containsExactly(firstCase + " ID_NUMBER CONFIRMED system");
        assertThat(links("case_id = :v", firstCase)).isZero();
        assertThat(fixtures.count(
                        "select count(*) from audit.audit_entries where action = 'rescue.repeat.detect'"
                                + " and detail like '%' || :v || '%'",
                        fixtures.column("cases", secondCase, "number")))
                .isEqualTo(1);
    }

    @Test
    void aReturneeWithTheSameIdNumberShowsTheNewStay() throws Exception {
        String id = idNumber(false);
        String name = unique("回访再流浪");
        mvc.perform(post(RETURNEES)
                        .with(csrf())
                        .with(logins.as("jiuzhu"))
                        .param("name", name)
                        .param("sex", "F")
                        .param("idNumber", id)
                        .param("homeRegionCode", PENGLI)
                        .param("address", "测试村")
                        .param(
                                "returnedOn",
                                java.time.LocalDate.now().minusDays(30).toString())
                        .param("returnedFrom", "天津市救助管理站"))
                .andExpect(status().is3xxRedirection());
        long returnee = fixtures.count("select max(id) from rescue.returnees where name = :v", name);

        Map<String, String> form = intake(unique("回访人员再次"), name);
        form.put("sex", "F");
        form.put("idNumber", id);
        long caseId = admit(form);

        assertThat(jdbc.sql("select status from rescue.repeat_links where case_id = :id and returnee_id = :r")
                        .param("id", caseId)
                        .param("r", returnee)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
        mvc.perform(get(RETURNEES + "/" + returnee).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(fixtures.column("cases", caseId, "number"))))
                .andExpect(content().string(containsString("id=\"repeat-badge\"")));
    }

    @Test
    void aCaseWithoutIdResemblingAnEarlierOneIsSuggestedAndADissimilarOneIsNot() throws Exception {
        String name = unique("相似");
        long earlier = fixtures.releasedCase(BINCHENG, name, null, 20);

        Map<String, String> alike = intake(unique("相似再来"), name);
        alike.put("heightCm", "172");
        alike.put("features", "左手背有烫伤疤痕，门牙缺一颗");
        alike.put("dialect", "鲁北口音");
        long alikeCase = admit(alike);
        Integer score = jdbc.sql("select score from rescue.repeat_links where case_id = :id and earlier_case_id = :e"
                        + " and status = 'SUGGESTED' and method = 'MATCH'")
                .param("id", alikeCase)
                .param("e", earlier)
                .query(Integer.class)
                .single();
        assertThat(score).isGreaterThanOrEqualTo(RepeatDetector.SUGGEST_FROM);
        assertThat(links("case_id = :v", alikeCase)).isLessThanOrEqualTo(RepeatDetector.MAX_SUGGESTIONS);

        Map<String, String> other = intake(unique("不相似"), unique("另一人"));
        other.put("sex", "F");
        other.put("estimatedAge", "19");
        other.put("heightCm", "150");
        other.put("features", "右耳有耳洞");
        other.put("dialect", "粤语");
        long otherCase = admit(other);
        assertThat(links("case_id = :v", otherCase)).isZero();

        long link = fixtures.count(
                "select id from rescue.repeat_links where case_id = :v and earlier_case_id is not null"
                        + " order by score desc limit 1",
                alikeCase);
        mvc.perform(get("/console/rescue/repeats").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"link-" + link + "\"")))
                .andExpect(content().string(containsString("姓名相同")));
        mvc.perform(post("/console/rescue/repeats/" + link + "/confirm")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/rescue/repeats/" + link + "/confirm")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(fixtures.column("repeat_links", link, "status")).isEqualTo("SUGGESTED");
        mvc.perform(post("/console/rescue/repeats/" + link + "/confirm")
                        .with(csrf())
                        .with(logins.as("jiuzhu")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column("repeat_links", link, "status")).isEqualTo("CONFIRMED");
        assertThat(fixtures.column("repeat_links", link, "decided_by")).isEqualTo("jiuzhu");
        mvc.perform(post("/console/rescue/repeats/" + link + "/reject")
                        .with(csrf())
                        .with(logins.as("jiuzhu")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column("repeat_links", link, "status")).isEqualTo("CONFIRMED");
    }

    @Test
    void aPersonIdentifiedAfterIntakeIsLinkedByTheNumberAndASuggestionForTheSameStayBecomesConfirmed()
            throws Exception {
        String id = idNumber(true);
        long earlier = fixtures.releasedCase(CITY, unique("先前"), id, 200);
        Map<String, String> form = intake(unique("后核实"), "");
        form.put("identityStatus", "UNKNOWN");
        form.remove("name");
        long caseId = admit(form);
        jdbc.sql("delete from rescue.repeat_links where case_id = :id")
                .param("id", caseId)
                .update();
        long suggested = jdbc.sql("""
                        insert into rescue.repeat_links (case_id, earlier_case_id, method, score, reasons, status)
                        values (:id, :earlier, 'MATCH', 64, '性别相同', 'SUGGESTED') returning id
                        """)
                .param("id", caseId)
                .param("earlier", earlier)
                .query(Long.class)
                .single();

        mvc.perform(post(CASES + "/" + caseId + "/identity")
                        .with(csrf())
                        .with(logins.as("jiuzhu"))
                        .param("identityStatus", "VERIFIED")
                        .param("name", unique("核实姓名"))
                        .param("sex", "M")
                        .param("idNumber", id))
                .andExpect(status().is3xxRedirection());

        var rows = jdbc.sql("select id, method, status, decided_by from rescue.repeat_links where case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
        assertThat(rows).containsExactly(suggested + " ID_NUMBER CONFIRMED system");
    }
}
