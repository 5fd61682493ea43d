package org.minzheng.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.DepartmentDataArrived;
import org.minzheng.registry.DepartmentFacts;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.Households;
import org.minzheng.registry.task.MonitoringFixtures;
import org.minzheng.registry.task.MonitoringFixtures.Registered;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other departments' records arrive by upload and by API: checked row by row, stored once per record id,
 * matched to registered persons, summed up for the monitoring rules and visible only within scope.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String MEDICAL_HEADINGS = "记录编号,身份证号码,姓名,结算日期,个人自付金额（元）,医疗机构";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Households households;

    @Autowired
    FeedApiKeys keys;

    @Autowired
    DepartmentFacts facts;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    private final String prefix = "T" + ThreadLocalRandom.current().nextInt(1_000_000) + "-";

    @AfterEach
    void forgetTheRecords() {
        jdbc.update("delete from registry.feed_records where external_id like ?", prefix + "%");
        MonitoringFixtures.removeHouseholds(jdbc);
    }

    @Test
    void anUploadStoresTheGoodRowsAndGivesAReasonForEveryBadOne() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String good = household.headIdNumber();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String csv = MEDICAL_HEADINGS + "\n"
                + prefix + "1," + good + ",监测户主," + TODAY.minusDays(3) + ",1234.50,滨州市人民医院\n"
                + prefix + "2," + wrongCheck + ",监测户主," + TODAY.minusDays(3) + ",100,\n"
                + prefix + "3," + good + ",监测户主," + TODAY.minusDays(3) + ",-50,\n"
                + prefix + "4," + good + ",监测户主,2026-13-45,100,\n"
                + prefix + "5," + good + ",<script>alert(1)</script>," + TODAY.minusDays(3) + ",100,\n"
                + prefix + "6," + good + ",监测户主," + TODAY.minusDays(3) + ",100,医院,多出的一列\n"
                + prefix + "7," + good + ",监测户主," + TODAY.plusDays(5) + ",100,\n";

        String page = upload("medical-expense", "medical-insurance", csv)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("新增 1 条")
                .contains("有 6 条记录没有导入")
                .contains("身份证号码校验位不正确")
                .contains("金额：金额必须大于零")
                .contains("日期：不是正确的日期")
                .contains("姓名：不能包含 &lt; &gt; 或控制字符")
                .contains("第7列：此类数据没有这一项")
                .contains("日期：日期不能晚于今天")
                .doesNotContain("<script>alert");
        assertThat(jdbc.queryForList(
                        "select external_id from registry.feed_records where external_id like ?",
                        String.class,
                        prefix + "%"))
                .containsExactly(prefix + "1");
        assertThat(events.stream(DepartmentDataArrived.class))
                .anySatisfy(arrived -> assertThat(arrived.households()).contains(household.id()));
    }

    @Test
    void deliveringTheSameRecordAgainUpdatesInsteadOfDuplicating() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String row = prefix + "1," + household.headIdNumber() + ",监测户主," + TODAY.minusDays(3) + ",";

        upload("medical-expense", "medical-insurance", MEDICAL_HEADINGS + "\n" + row + "800.00,\n")
                .andExpect(content().string(containsString("新增 1 条，更新 0 条，未变 0 条")));
        upload("medical-expense", "medical-insurance", MEDICAL_HEADINGS + "\n" + row + "800.00,\n")
                .andExpect(content().string(containsString("新增 0 条，更新 0 条，未变 1 条")));
        upload("medical-expense", "medical-insurance", MEDICAL_HEADINGS + "\n" + row + "950.00,\n")
                .andExpect(content().string(containsString("新增 0 条，更新 1 条，未变 0 条")));

        assertThat(jdbc.queryForList(
                        "select amount_fen from registry.feed_records where external_id like ?",
                        Long.class,
                        prefix + "%"))
                .containsExactly(95_000L);
    }

    @Test
    void aFileOfAnotherKindIsRefusedAsAWhole() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String deaths = "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "1," + household.headIdNumber() + ",监测户主,"
                + TODAY.minusDays(1) + "\n";

        upload("medical-expense", "medical-insurance", deaths)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表头与所选数据类型的模板不一致")));

        assertThat(stored()).isZero();
    }

    @Test
    void recordsAboutPeopleNotRegisteredAreKeptAsUnmatchedAndSeenOnlyCityWide() throws Exception {
        String stranger = MonitoringFixtures.freshIdNumber();
        upload(
                        "death",
                        "public-security",
                        "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "1," + stranger + ",未登记人员," + TODAY.minusDays(1) + "\n")
                .andExpect(content().string(containsString("其中 1 人尚未登记为低收入人口")));

        mvc.perform(get("/console/registry/feeds?matched=no&kind=death").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "1")));
        mvc.perform(get("/console/registry/feeds?matched=no&kind=death").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(prefix + "1"))));
    }

    @Test
    void theFeedListShowsOnlyRecordsOfTheStaffMembersRegionAndTheWrongRolesAreRefused() throws Exception {
        Registered lize = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        Registered pengli = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.PENGLI_COMMUNITY);
        upload(
                "death",
                "public-security",
                "记录编号,身份证号码,姓名,死亡日期\n"
                        + prefix + "L," + lize.spouseIdNumber() + ",监测配偶," + TODAY.minusDays(1) + "\n"
                        + prefix + "P," + pengli.spouseIdNumber() + ",监测配偶," + TODAY.minusDays(1) + "\n");

        mvc.perform(get("/console/registry/feeds?kind=death").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "L")))
                .andExpect(content().string(not(containsString(prefix + "P"))));
        mvc.perform(get("/console/registry/feeds").with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/registry/feeds/import").with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/console/registry/feeds/import")
                        .file(new MockMultipartFile("file", "d.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "death")
                        .param("department", "public-security")
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiNeedsTheDepartmentsKey() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String key = keys.issue("real-estate").orElseThrow();
        Map<String, Object> home = Map.of(
                "externalId",
                prefix + "1",
                "idNumber",
                household.headIdNumber(),
                "name",
                "监测户主",
                "date",
                TODAY.minusDays(10).toString(),
                "detail",
                "滨城区黄河五路1号");

        MvcResult none = deliver("property", null, List.of(home));
        assertThat(none.getResponse().getStatus()).isEqualTo(401);
        assertThat(none.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(deliver("property", key.substring(0, key.length() - 2) + "xx", List.of(home))
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(deliver("property", "medical-insurance" + key.substring(key.indexOf('.')), List.of(home))
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(stored()).isZero();
        assertThat(mvc.perform(post(FeedApiSecurity.PATH + "/property")
                                .with(logins.as("admin"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("records", List.of(home)))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult stored = deliver("property", key, List.of(home));
        assertThat(stored.getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(stored.getResponse().getContentAsString(), "$.created"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select department from registry.feed_records where external_id = ?",
                        String.class,
                        prefix + "1"))
                .isEqualTo("real-estate");
    }

    @Test
    void anApiDeliveryWithOneBadRecordStoresNothingAndNamesEveryProblem() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String key = keys.issue("medical-insurance").orElseThrow();
        Map<String, Object> good = Map.of(
                "externalId",
                prefix + "1",
                "idNumber",
                household.headIdNumber(),
                "name",
                "监测户主",
                "date",
                TODAY.minusDays(3).toString(),
                "amountFen",
                120_000);
        Map<String, Object> bad = Map.of(
                "externalId",
                prefix + "2",
                "idNumber",
                household.headIdNumber(),
                "name",
                "监测户主",
                "date",
                TODAY.minusDays(3).toString(),
                "amountFen",
                -5,
                "plate",
                "鲁M12345");

        MvcResult answer = deliver("medical-expense", key, List.of(good, bad));

        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        String body = answer.getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field"))
                .containsExactlyInAnyOrder("plate", "amount");
        assertThat((List<Integer>) JsonPath.read(body, "$.errors[*].index")).containsOnly(1);
        assertThat(stored()).isZero();
    }

    @Test
    void departmentFactsSumUpWhatTheDepartmentsReportedPerPerson() throws Exception {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        String head = household.headIdNumber();
        String spouse = household.spouseIdNumber();
        upload(
                "medical-expense",
                "medical-insurance",
                MEDICAL_HEADINGS + "\n"
                        + prefix + "M1," + head + ",监测户主," + TODAY.minusMonths(2) + ",30000.00,\n"
                        + prefix + "M2," + head + ",监测户主," + TODAY.minusMonths(6) + ",12000.50,\n"
                        + prefix + "M3," + head + ",监测户主," + TODAY.minusMonths(14) + ",99999.00,\n");
        upload(
                "disability-certificate",
                "disabled-federation",
                "记录编号,身份证号码,姓名,发证日期,残疾类别代码,残疾等级代码\n"
                        + prefix + "C1," + head + ",监测户主," + TODAY.minusYears(3) + ",4,3\n"
                        + prefix + "C2," + head + ",监测户主," + TODAY.minusDays(20) + ",4,1\n");
        upload(
                "vehicle",
                "traffic-police",
                "记录编号,身份证号码,姓名,登记日期,号牌号码,车辆类型\n" + prefix + "V1," + head + ",监测户主," + TODAY.minusDays(40)
                        + ",鲁M 7D2K8,小型轿车\n");
        upload(
                "unemployment",
                "human-resources",
                "记录编号,身份证号码,姓名,失业登记日期,注销日期\n" + prefix + "U1," + spouse + ",监测配偶," + TODAY.minusMonths(3) + ",\n");
        upload(
                "death",
                "public-security",
                "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "D1," + spouse + ",监测配偶," + TODAY.minusDays(2) + "\n");

        Map<Long, PersonFeedFacts> found = facts.of(List.of(household.id()));

        long headId = personId(household, true);
        long spouseId = personId(household, false);
        assertThat(found.get(headId))
                .isEqualTo(new PersonFeedFacts(headId, 4_200_050, null, "4", 1, TODAY.minusDays(20), false, 1, 0));
        assertThat(found.get(spouseId))
                .isEqualTo(new PersonFeedFacts(spouseId, 0, TODAY.minusDays(2), null, null, null, true, 0, 0));
    }

    @Test
    void theTemplateOfAKindListsItsColumns() throws Exception {
        String body = mvc.perform(
                        get("/console/registry/feeds/import/vehicle.csv").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.strip()).isEqualTo("\uFEFF记录编号,身份证号码,姓名,登记日期,号牌号码,车辆类型");
    }

    private org.springframework.test.web.servlet.ResultActions upload(String kind, String department, String csv)
            throws Exception {
        return mvc.perform(multipart("/console/registry/feeds/import")
                .file(new MockMultipartFile("file", "feed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", kind)
                .param("department", department)
                .with(logins.as("admin"))
                .with(csrf()));
    }

    private MvcResult deliver(String kind, String key, List<Map<String, Object>> records) throws Exception {
        var request = post(FeedApiSecurity.PATH + "/" + kind)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("records", records)));
        if (key != null) {
            request.header(FeedApiSecurity.HEADER, key);
        }
        return mvc.perform(request).andReturn();
    }

    private long stored() {
        return jdbc.queryForObject(
                "select count(*) from registry.feed_records where external_id like ?", Long.class, prefix + "%");
    }

    private long personId(Registered household, boolean head) {
        return jdbc.queryForObject(
                "select id from registry.persons where household_id = ? and head = ?",
                Long.class,
                household.id().value(),
                head);
    }
}
