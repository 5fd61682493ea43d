package org.minzheng.rescue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.rescue.cases.RescueCaseFixtures.BINCHENG;
import static org.minzheng.rescue.cases.RescueCaseFixtures.CASES;
import static org.minzheng.rescue.cases.RescueCaseFixtures.CITY;
import static org.minzheng.rescue.cases.RescueCaseFixtures.idNumber;
import static org.minzheng.rescue.cases.RescueCaseFixtures.jpeg;
import static org.minzheng.rescue.cases.RescueCaseFixtures.photo;
import static org.minzheng.rescue.cases.RescueCaseFixtures.post;
import static org.minzheng.rescue.cases.RescueCaseFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 受助登记: what is refused stores nothing; numbers run without gaps; the ID number is never shown in full. */
@IntegrationTest
class RescueCaseIntakeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    RescueCaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RescueCaseFixtures(mvc, logins, jdbc);
    }

    private void refused(Map<String, String> form, String message) throws Exception {
        mvc.perform(post(form).with(logins.as("jiuzhu")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(message)));
        assertThat(fixtures.count(form.get("foundPlace"))).isZero();
    }

    @Test
    void theIntakeFormOffersTheStaffMembersOwnStation() throws Exception {
        long city = fixtures.station(CITY);
        mvc.perform(get(CASES + "/new").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + city + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void aFoundTimeInTheFutureIsRefused() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("未来地点"));
        form.put(
                "foundAt",
                LocalDateTime.now(StayLimit.BEIJING)
                        .plusHours(3)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        refused(form, "发现时间不能晚于现在");
    }

    @Test
    void aBadDateIsRefused() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("坏日期"));
        form.put("foundAt", "2026-13-45T99:00");
        refused(form, "请填写正确的发现时间");
    }

    @Test
    void aNameIsRequiredUnlessTheIdentityIsUnknown() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("无名"));
        form.put("name", "");
        refused(form, "身份不明以外的人员须填写姓名");

        form.put("identityStatus", "UNKNOWN");
        fixtures.admit("jiuzhu", form);
        assertThat(fixtures.count(form.get("foundPlace"))).isEqualTo(1);
    }

    @Test
    void aBadIdNumberIsRefused() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("坏号码"));
        form.put("idNumber", "371602199001011230");
        mvc.perform(post(form).with(logins.as("jiuzhu")).with(csrf())).andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count(form.get("foundPlace"))).isZero();
    }

    @Test
    void scriptTagsAndBlankPlacesAreRefused() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("脚本"));
        form.put("features", "<script>alert(1)</script>");
        mvc.perform(post(form).with(logins.as("jiuzhu")).with(csrf())).andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count(form.get("foundPlace"))).isZero();

        var blank = fixtures.intake(fixtures.station(CITY), " ");
        long before = fixtures.count(" ");
        mvc.perform(post(blank).with(logins.as("jiuzhu")).with(csrf())).andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count(" ")).isEqualTo(before);

        var tooLong = fixtures.intake(fixtures.station(CITY), unique("太长"));
        tooLong.put("dialect", "方".repeat(51));
        refused(tooLong, "内容太长");
    }

    @Test
    void aPhotoOfTheWrongTypeOrTooLargeIsRefusedAndNothingStored() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("照片"));
        mvc.perform(post(form, photo("face.jpg", "image/jpeg", "not a picture at all".getBytes()))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"photo-error\"")));
        assertThat(fixtures.count(form.get("foundPlace"))).isZero();

        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(jpeg(), 0, big, 0, 64);
        mvc.perform(post(form, photo("big.jpg", "image/jpeg", big))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件太大")));
        assertThat(fixtures.count(form.get("foundPlace"))).isZero();
    }

    @Test
    void aPhotoIsKeptAndServedThroughTheCase() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("有照片"));
        mvc.perform(post(form, photo("face.jpg", "image/jpeg", jpeg()))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = fixtures.admitted("jiuzhu", CITY);
        long withPhoto = jdbc.sql("select id from rescue.cases where found_place = :p")
                .param("p", form.get("foundPlace"))
                .query(Long.class)
                .single();
        assertThat(id).isNotEqualTo(withPhoto);
        byte[] served = mvc.perform(get(CASES + "/" + withPhoto + "/photo").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(jpeg());
        mvc.perform(get(CASES + "/" + id + "/photo").with(logins.as("jiuzhu"))).andExpect(status().isNotFound());
    }

    @Test
    void theSameIdNumberAlreadyInCareIsRefusedNamingTheCase() throws Exception {
        String id = idNumber(true);
        var first = fixtures.intake(fixtures.station(CITY), unique("首次"));
        first.put("idNumber", id);
        long firstCase = fixtures.admit("jiuzhu", first);
        String number = jdbc.sql("select number from rescue.cases where id = :id")
                .param("id", firstCase)
                .query(String.class)
                .single();

        var second = fixtures.intake(fixtures.station(BINCHENG), unique("再次"));
        second.put("idNumber", id);
        refused(second, number);
    }

    @Test
    void aDoubleTapIsRefused() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("双击"));
        fixtures.admit("jiuzhu", form);
        mvc.perform(post(form).with(logins.as("jiuzhu")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请勿重复提交")));
        assertThat(fixtures.count(form.get("foundPlace"))).isEqualTo(1);
    }

    @Test
    void caseNumbersRunWithoutGapsPerStationAndYear() throws Exception {
        long first = fixtures.admitted("jiuzhu", CITY);
        long second = fixtures.admitted("jiuzhu", CITY);
        var numbers = jdbc.sql("select number from rescue.cases where id in (:a, :b) order by id")
                .param("a", first)
                .param("b", second)
                .query(String.class)
                .list();
        String year = String.valueOf(LocalDateTime.now(StayLimit.BEIJING).getYear());
        assertThat(numbers.get(0)).matches("JZ371600-" + year + "-\\d{6}");
        int a = Integer.parseInt(numbers.get(0).substring(numbers.get(0).length() - 6));
        int b = Integer.parseInt(numbers.get(1).substring(numbers.get(1).length() - 6));
        assertThat(b).isEqualTo(a + 1);
        assertThat(fixtures.audits(first, "rescue.case.admit")).isEqualTo(1);
    }

    @Test
    void theIdNumberIsEncryptedAndOnlyShownMasked() throws Exception {
        String id = idNumber(false);
        var form = fixtures.intake(fixtures.station(CITY), unique("加密"));
        form.put("idNumber", id);
        form.put("sex", "F");
        long caseId = fixtures.admit("jiuzhu", form);
        var row = jdbc.sql("select id_number_cipher, id_number_masked from rescue.cases where id = :id")
                .param("id", caseId)
                .query((rs, n) -> Map.entry(rs.getBytes(1), rs.getString(2)))
                .single();
        assertThat(new String(row.getKey(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(id);
        assertThat(cipher.decrypt(row.getKey(), RescueCaseService.ID_CONTEXT)).isEqualTo(id);
        String masked = row.getValue();
        assertThat(masked).contains("*").isNotEqualTo(id);

        mvc.perform(get(CASES + "/" + caseId).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get(CASES + "/" + caseId + "/print").with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get(CASES).param("q", form.get("name")).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(id))));
        byte[] excel = mvc.perform(
                        get(CASES + "/export").param("q", form.get("name")).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(excel))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        String all = rows.toString();
        assertThat(all).contains(masked).doesNotContain(id).contains(form.get("name"));
    }

    @Test
    void theAdmittedPersonsPageShowsDayZeroOfTen() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), unique("第零天"));
        mvc.perform(post(form).with(logins.as("jiuzhu")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString("已登记入站")));
        long caseId = fixtures.count(form.get("foundPlace")) == 1
                ? jdbc.sql("select id from rescue.cases where found_place = :p")
                        .param("p", form.get("foundPlace"))
                        .query(Long.class)
                        .single()
                : -1;
        mvc.perform(get(CASES + "/" + caseId).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 0 天 / 期限 10 天")));
    }
}
