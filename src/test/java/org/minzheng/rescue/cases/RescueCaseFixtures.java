package org.minzheng.rescue.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.minzheng.shared.MadeUpIdNumbers;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Stations found by region code (made when absent) and cases registered through the intake form. */
class RescueCaseFixtures {

    static final String CASES = "/console/rescue/cases";
    static final String CITY = "371600000000";
    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";

    private final MockMvc mvc;
    private final StaffLogins logins;
    private final JdbcClient jdbc;

    RescueCaseFixtures(MockMvc mvc, StaffLogins logins, JdbcClient jdbc) {
        this.mvc = mvc;
        this.logins = logins;
        this.jdbc = jdbc;
    }

    long station(String regionCode) {
        return jdbc.sql("select id from rescue.stations where region_code = :code")
                .param("code", regionCode)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into rescue.stations (name, kind, region_code, address, phone, beds, director)
                                values (:name, :kind, :code, '测试地址', '0543-0000000', 20, '测试站长')
                                returning id
                                """)
                        .param("name", "测试救助站-" + regionCode)
                        .param("kind", regionCode.equals(CITY) ? "CITY" : "COUNTY")
                        .param("code", regionCode)
                        .query(Long.class)
                        .single());
    }

    static String unique(String text) {
        return text + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid ID number of 滨城区 nobody else in the tests uses. */
    static String idNumber(boolean male) {
        return MadeUpIdNumbers.random("371602", male);
    }

    /** The intake form of a man who says who he is, found an hour ago; change what a test needs. */
    Map<String, String> intake(long stationId, String place) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("stationId", String.valueOf(stationId));
        form.put(
                "foundAt",
                LocalDateTime.now(StayLimit.BEIJING)
                        .minusHours(1)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        form.put("foundPlace", place);
        form.put("source", "POLICE");
        form.put("broughtBy", "彭李派出所");
        form.put("identityStatus", "SELF_REPORTED");
        form.put("name", unique("受助人"));
        form.put("sex", "M");
        form.put("estimatedAge", "50");
        form.put("health", "GOOD");
        form.put("belongings", "手提袋 1 个");
        return form;
    }

    static MockMultipartHttpServletRequestBuilder post(Map<String, String> form, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(CASES);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        form.forEach((key, value) -> request.param(key, value));
        return request;
    }

    /** Registers the case as {@code staff} and answers its id. */
    long admit(String staff, Map<String, String> form) throws Exception {
        mvc.perform(post(form).with(logins.as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from rescue.cases where found_place = :place order by id desc limit 1")
                .param("place", form.get("foundPlace"))
                .query(Long.class)
                .single();
    }

    long admitted(String staff, String regionCode) throws Exception {
        return admit(staff, intake(station(regionCode), unique("测试地点")));
    }

    /** Moves the admission back, as if the person came {@code days} days ago. */
    void admittedDaysAgo(long caseId, int days) {
        jdbc.sql("update rescue.cases set admitted_at = admitted_at - make_interval(days => :days),"
                        + " found_at = found_at - make_interval(days => :days) where id = :id")
                .param("days", days)
                .param("id", caseId)
                .update();
    }

    long count(String place) {
        return jdbc.sql("select count(*) from rescue.cases where found_place = :place")
                .param("place", place)
                .query(Long.class)
                .single();
    }

    long audits(long caseId, String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :action and target_id = :id")
                .param("action", action)
                .param("id", String.valueOf(caseId))
                .query(Long.class)
                .single();
    }

    String statusOf(long caseId) {
        return jdbc.sql("select status from rescue.cases where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    static byte[] jpeg() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        Arrays.fill(bytes, 4, 64, (byte) 0x11);
        return bytes;
    }

    static MockMultipartFile photo(String name, String type, byte[] content) {
        return new MockMultipartFile("photo", name, type, content);
    }
}
