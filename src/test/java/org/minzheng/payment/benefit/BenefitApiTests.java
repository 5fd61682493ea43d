package org.minzheng.payment.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The partner API: departments deliver benefit records with their API key; the key decides whose records a
 * delivery may touch, and a delivery with bad records stores nothing.
 */
@IntegrationTest
class BenefitApiTests {

    static final String MEDICAL_KEY = DemoBenefitRecords.DEMO_KEYS.get("medical-insurance");
    static final String HR_KEY = DemoBenefitRecords.DEMO_KEYS.get("human-resources");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    private final String prefix = BenefitFixtures.aPrefix();

    @AfterEach
    void forgetTheRecords() {
        jdbc.update("delete from payment.benefit_records where external_id like ?", prefix + "%");
    }

    @Test
    void aDeliveryWithoutAKeyIsUnauthorizedWithProblemDetails() throws Exception {
        MvcResult answer = deliver(null, List.of(record("1", 38_000)));

        assertThat(answer.getResponse().getStatus()).isEqualTo(401);
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(answer.getResponse().getHeader("WWW-Authenticate")).contains("X-API-Key");
        String body = answer.getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(401);
        assertThat((String) JsonPath.read(body, "$.type")).endsWith("/unauthorized");
        assertThat(stored("1")).isZero();
    }

    @Test
    void aWrongKeyOrAnUnknownDepartmentIsUnauthorizedAndStoresNothing() throws Exception {
        for (String wrong : List.of(
                "medical-insurance.DemoKey-Medical-Insurance-2025",
                "nobody.DemoKey-Medical-Insurance-2026",
                "housing.DemoKey-Housing-Bureau-2026",
                MEDICAL_KEY.toUpperCase(),
                "not a key")) {
            assertThat(deliver(wrong, List.of(record("1", 38_000)))
                            .getResponse()
                            .getStatus())
                    .as(wrong)
                    .isEqualTo(401);
        }
        assertThat(stored("1")).isZero();
    }

    @Test
    void aStaffMembersSignInOpensNothingOnThePartnerApi() throws Exception {
        MvcResult answer = mvc.perform(post(PartnerApiSecurity.PATH)
                        .with(logins.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BenefitFixtures.json(Map.of("records", List.of(record("1", 38_000))))))
                .andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(403);
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(stored("1")).isZero();
    }

    @Test
    void theSameDeliveryTwiceStoresOneRecordAndAChangedAmountUpdatesIt() throws Exception {
        List<Map<String, Object>> records = List.of(record("1", 38_000), record("2", 12_000));

        MvcResult first = deliver(MEDICAL_KEY, records);
        MvcResult again = deliver(MEDICAL_KEY, records);
        MvcResult changed = deliver(MEDICAL_KEY, List.of(record("1", 40_000)));

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(counts(first)).containsExactly(2, 2, 0, 0);
        assertThat(counts(again)).containsExactly(2, 0, 0, 2);
        assertThat(counts(changed)).containsExactly(1, 0, 1, 0);
        assertThat(stored("1")).isOne();
        assertThat(jdbc.queryForObject(
                        "select amount_fen from payment.benefit_records where department_code = 'medical-insurance' and external_id = ?",
                        Long.class,
                        prefix + "1"))
                .isEqualTo(40_000L);
    }

    @Test
    void anotherDepartmentsKeyCanNeitherChangeNorReadTheFirstDepartmentsRecord() throws Exception {
        deliver(MEDICAL_KEY, List.of(record("1", 38_000)));

        MvcResult sameIdFromHr = deliver(HR_KEY, List.of(record("1", 1)));

        assertThat(counts(sameIdFromHr)).containsExactly(1, 1, 0, 0);
        assertThat(jdbc.queryForObject(
                        "select amount_fen from payment.benefit_records where department_code = 'medical-insurance' and external_id = ?",
                        Long.class,
                        prefix + "1"))
                .isEqualTo(38_000L);
        assertThat(mvc.perform(get(PartnerApiSecurity.PATH + "/" + prefix + "1").header("X-API-Key", MEDICAL_KEY))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"amountFen\":38000")
                .doesNotContain(BenefitFixtures.ID_NUMBER);
        jdbc.update(
                "delete from payment.benefit_records where department_code = 'human-resources' and external_id = ?",
                prefix + "1");
        assertThat(mvc.perform(get(PartnerApiSecurity.PATH + "/" + prefix + "1").header("X-API-Key", HR_KEY))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void badRecordsAreRefusedWithEveryReasonAndNothingOfTheBatchIsStored() throws Exception {
        Map<String, Object> badId = record("2", 1_000);
        badId.put("idNumber", "371602195603120022");
        Map<String, Object> badMany = record("3", 0);
        badMany.put("month", "2026-13");
        badMany.put("name", "<script>alert(1)</script>");
        badMany.put("phone", "0543-3161234");

        MvcResult answer = deliver(MEDICAL_KEY, List.of(record("1", 38_000), badId, badMany, record("1", 5)));

        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        String body = answer.getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors)
                .extracting(e -> e.get("index") + " " + e.get("field") + " " + e.get("code"))
                .containsExactlyInAnyOrder(
                        "1 idNumber id-number",
                        "2 name plain-text",
                        "2 phone phone",
                        "2 month month",
                        "2 amountFen amount",
                        "3 externalId duplicate");
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("reason")).isNotBlank());
        assertThat(stored("1")).isZero();
        assertThat(stored("2")).isZero();
    }

    @Test
    void anEmptyOrUnreadableDeliveryIsABadRequest() throws Exception {
        assertThat(deliver(MEDICAL_KEY, List.of()).getResponse().getStatus()).isEqualTo(400);
        MvcResult garbled = mvc.perform(post(PartnerApiSecurity.PATH)
                        .header("X-API-Key", MEDICAL_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"records\": [ {"))
                .andReturn();
        assertThat(garbled.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheDeliveryAndTheKeyHeader() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi").with(logins.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat((Object) JsonPath.read(document, "$.paths['/api/v1/benefits'].post"))
                .isNotNull();
        assertThat((String) JsonPath.read(document, "$.components.securitySchemes.departmentApiKey.name"))
                .isEqualTo("X-API-Key");
        assertThat(document).contains("externalId", "amountFen");
    }

    private Map<String, Object> record(String id, long fen) {
        return BenefitFixtures.record(prefix + id, BenefitFixtures.ID_NUMBER, null, fen);
    }

    private MvcResult deliver(String key, List<Map<String, Object>> records) throws Exception {
        var request = post(PartnerApiSecurity.PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .content(BenefitFixtures.json(Map.of("records", records)));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return mvc.perform(request).andReturn();
    }

    private static List<Integer> counts(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return List.of(
                JsonPath.read(body, "$.received"),
                JsonPath.read(body, "$.created"),
                JsonPath.read(body, "$.updated"),
                JsonPath.read(body, "$.unchanged"));
    }

    private long stored(String id) {
        return jdbc.queryForObject(
                "select count(*) from payment.benefit_records where external_id = ?", Long.class, prefix + id);
    }
}
