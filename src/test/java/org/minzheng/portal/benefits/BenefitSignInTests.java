package org.minzheng.portal.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.TestPhones;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.payment.BenefitHolder;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * 码上清 sign-in: a code goes only to a phone on record for the ID number, the pages never tell whether it did,
 * codes cannot be guessed (tries counted per code and per device), and the signed-in list ends by itself or
 * by the sign-out button.
 */
@IntegrationTest
class BenefitSignInTests {

    static final String VILLAGE = "/v/371602012201";
    static final String HR_KEY = "human-resources.DemoKey-Human-Resources-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    BlindIndex index;

    @Autowired
    SessionRepository<? extends Session> sessions;

    private final String prefix = "P" + Long.toString(System.nanoTime(), 36) + "-";

    @AfterEach
    void forgetTheRecords() {
        jdbc.update("delete from payment.benefit_records where external_id like ?", prefix + "%");
    }

    @Test
    void aCitizenOnRecordSignsInWithTheCodeAndSeesTheListByDepartment() throws Exception {
        Person person = aPersonOnRecord();
        Citizen citizen = new Citizen(anAddress());

        MvcResult sent = citizen.signIn(person.idNumber(), person.phone());
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits/code");
        Document codePage = citizen.page(VILLAGE + "/benefits/code");
        assertThat(codePage.select("#code-sent").text()).contains(masked(person.phone()));
        assertThat(codePage.text()).doesNotContain(person.phone()).doesNotContain(person.idNumber());

        MvcResult signedIn = citizen.code(codeSentTo(person.phone()));

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits/list");
        Document list = citizen.page(VILLAGE + "/benefits/list");
        assertThat(list.select("h1").text()).isEqualTo("我的幸福清单");
        assertThat(list.select("#greeting").text()).contains("吴*试");
        assertThat(list.select("#department-human-resources h2").text()).isEqualTo("滨州市人力资源和社会保障局");
        assertThat(list.select("#department-human-resources").text())
                .contains("城乡居民基础养老金", "2 个月，共 ¥376.00", "2026-10", "¥188.00", "拨打 12333");
        assertThat(list.select("#department-human-resources a.call").attr("href"))
                .isEqualTo("tel:12333");
        assertThat(list.text()).doesNotContain(person.idNumber()).doesNotContain(person.phone());
        assertThat(list.select("#sign-out-form")).isNotEmpty();
        Document english = citizen.page(VILLAGE + "/benefits/list?lang=en");
        assertThat(english.select("#department-human-resources h2").text())
                .isEqualTo("Binzhou Human Resources and Social Security Bureau");
    }

    @Test
    void registeredAndUnknownPeopleGetTheSameAnswersAndOnlyTheRegisteredPhoneAText() throws Exception {
        Person person = aPersonOnRecord();
        String strangerPhone = TestPhones.aMobile().value();
        String address = anAddress();

        Answer registered = answerFor(address, person.idNumber(), person.phone());
        Answer wrongPhone = answerFor(address, person.idNumber(), strangerPhone);
        Answer unknown = answerFor(address, freshIdNumber(), person.phone().substring(0, 10) + "0");

        assertThat(wrongPhone.status()).isEqualTo(registered.status());
        assertThat(unknown.status()).isEqualTo(registered.status());
        assertThat(wrongPhone.target()).isEqualTo(registered.target());
        assertThat(unknown.target()).isEqualTo(registered.target());
        assertThat(wrongPhone.page().replace(masked(strangerPhone), "PHONE"))
                .isEqualTo(registered.page().replace(masked(person.phone()), "PHONE"));
        assertThat(unknown.wrongCodePage()).isEqualTo(registered.wrongCodePage());
        assertThat(textsTo(person.phone())).isOne();
        assertThat(textsTo(strangerPhone)).isZero();
    }

    @Test
    void aCodeSentForSomeoneElseDoesNotOpenASignInThatMatchedNobody() throws Exception {
        Person person = aPersonOnRecord();
        Citizen owner = new Citizen(anAddress());
        owner.signIn(person.idNumber(), person.phone());
        String code = codeSentTo(person.phone());
        Citizen other = new Citizen(anAddress());

        other.signIn(freshIdNumber(), person.phone());
        MvcResult refused = other.code(code);

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString())
                        .select("#code-problem")
                        .text())
                .contains("验证码不对");
        assertThat(owner.code(code).getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits/list");
    }

    @Test
    void wrongCodesAreCountedAndTheFifthLocksTheCode() throws Exception {
        Person person = aPersonOnRecord();
        Citizen citizen = new Citizen(anAddress());
        citizen.signIn(person.idNumber(), person.phone());
        String code = codeSentTo(person.phone());
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThat(citizen.code(wrong).getResponse().getStatus()).isEqualTo(200);
        }

        assertThat(jdbc.queryForObject(
                        "select wrong_tries from notification.one_time_codes where phone_index = ? order by id desc limit 1",
                        Integer.class,
                        index.of(person.phone(), "notification.one_time_codes.phone")))
                .isEqualTo(5);
        MvcResult locked = citizen.code(code);
        assertThat(locked.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(locked.getResponse().getContentAsString())
                        .select("#code-problem")
                        .text())
                .contains("验证码不对或已失效");
        assertThat(citizen.get(VILLAGE + "/benefits/list").getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/benefits");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        Person person = aPersonOnRecord();
        Citizen citizen = new Citizen(anAddress());
        citizen.signIn(person.idNumber(), person.phone());
        String code = codeSentTo(person.phone());
        jdbc.update(
                "update notification.one_time_codes set expires_at = now() - interval '1 second' where phone_index = ?",
                index.of(person.phone(), "notification.one_time_codes.phone"));

        MvcResult refused = citizen.code(code);

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString())
                        .select("#code-problem")
                        .text())
                .contains("已失效");
    }

    @Test
    void aPhoneGetsOneCodeAMinuteWhateverTheAnswerSays() throws Exception {
        Person person = aPersonOnRecord();
        Citizen first = new Citizen(anAddress());
        Citizen second = new Citizen(anAddress());

        first.signIn(person.idNumber(), person.phone());
        MvcResult again = second.signIn(person.idNumber(), person.phone());
        MvcResult resent = second.perform(post(VILLAGE + "/benefits/resend").with(csrf()));

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits/code");
        assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits/code");
        assertThat(textsTo(person.phone())).isOne();
    }

    @Test
    void oneAddressMayAskForTenCodesAnHourAndTypeTwentyCodes() throws Exception {
        String address = anAddress();
        Citizen citizen = new Citizen(address);
        for (int i = 0; i < 10; i++) {
            assertThat(citizen.signIn(freshIdNumber(), TestPhones.aMobile().value())
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }
        Person person = aPersonOnRecord();

        MvcResult limited = citizen.signIn(person.idNumber(), person.phone());

        assertThat(limited.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(limited.getResponse().getContentAsString())
                        .select("#limited")
                        .text())
                .contains("尝试次数太多");
        assertThat(textsTo(person.phone())).isZero();
        assertThat(new Citizen(anAddress())
                        .signIn(person.idNumber(), person.phone())
                        .getResponse()
                        .getStatus())
                .as("another address")
                .isEqualTo(302);

        for (int i = 0; i < 20; i++) {
            citizen.code("123456");
        }
        MvcResult tooMany = citizen.code(codeSentTo(person.phone()));
        assertThat(Jsoup.parse(tooMany.getResponse().getContentAsString())
                        .select("#code-problem")
                        .text())
                .contains("一小时后再试");
    }

    @Test
    void badInputIsShownAtItsFieldAndSendsNothing() throws Exception {
        String phone = TestPhones.aMobile().value();
        String id = freshIdNumber();
        char wrongCheck = id.charAt(17) == '1' ? '2' : '1';
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("idNumber", new String[] {id.substring(0, 17) + wrongCheck, phone});
        cases.put("phone", new String[] {id, "0543-3161234"});
        Citizen citizen = new Citizen(anAddress());
        for (var input : cases.entrySet()) {
            MvcResult shown = citizen.signIn(input.getValue()[0], input.getValue()[1]);
            Document page = Jsoup.parse(shown.getResponse().getContentAsString());
            assertThat(shown.getResponse().getStatus()).isEqualTo(200);
            assertThat(page.select("#problems")).isNotEmpty();
            assertThat(page.select("#" + input.getKey()).attr("aria-invalid")).isEqualTo("true");
        }
        Document blank =
                Jsoup.parse(citizen.signIn(" ", "<script>").getResponse().getContentAsString());
        assertThat(blank.select(".has-error")).hasSize(2);
        assertThat(blank.html()).doesNotContain("<script>");
        assertThat(textsTo(phone)).isZero();
    }

    @Test
    void signingOutEndsTheSessionAndTheListAsksForASignInAgain() throws Exception {
        Citizen citizen = aSignedInCitizen();

        MvcResult out = citizen.perform(post(VILLAGE + "/benefits/sign-out").with(csrf()));

        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits?ended=signedOut");
        assertThat(citizen.get(VILLAGE + "/benefits/list").getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/benefits");
        assertThat(citizen.page(VILLAGE + "/benefits?ended=signedOut")
                        .select("#ended")
                        .text())
                .contains("已安全退出");
    }

    @Test
    void tenIdleMinutesOrHalfAnHourInAllEndTheSignIn() throws Exception {
        for (SignedIn stale : List.of(
                new SignedIn(
                        holder(), Instant.now().minusSeconds(700), Instant.now().minusSeconds(601)),
                new SignedIn(
                        holder(),
                        Instant.now().minusSeconds(1801),
                        Instant.now().minusSeconds(5)))) {
            Citizen citizen = aSignedInCitizen();
            replace(sessions, citizen.sessionId(), stale);

            MvcResult ended = citizen.get(VILLAGE + "/benefits/list");

            assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits?ended=expired");
            assertThat(citizen.get(VILLAGE + "/benefits/list").getResponse().getRedirectedUrl())
                    .isEqualTo(VILLAGE + "/benefits");
        }
        Instant now = Instant.now();
        assertThat(new SignedIn(holder(), now.minusSeconds(1700), now.minusSeconds(500)).expiredAt(now))
                .isFalse();
    }

    @Test
    void theListAndTheCodeStepNeedTheStepsBefore() throws Exception {
        Citizen citizen = new Citizen(anAddress());

        assertThat(citizen.get(VILLAGE + "/benefits/list").getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/benefits");
        assertThat(citizen.get(VILLAGE + "/benefits/code").getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/benefits");
        assertThat(citizen.code("123456").getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/benefits");
        assertThat(mvc.perform(get("/v/371602012/benefits"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** Puts a sign-in into the stored session as if time had passed. */
    private static <S extends Session> void replace(SessionRepository<S> repository, String id, SignedIn signedIn) {
        S session = repository.findById(id);
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
        repository.save(session);
    }

    private Citizen aSignedInCitizen() throws Exception {
        Person person = aPersonOnRecord();
        Citizen citizen = new Citizen(anAddress());
        citizen.signIn(person.idNumber(), person.phone());
        assertThat(citizen.code(codeSentTo(person.phone())).getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/benefits/list");
        assertThat(citizen.get(VILLAGE + "/benefits/list").getResponse().getStatus())
                .isEqualTo(200);
        return citizen;
    }

    private static BenefitHolder holder() {
        return new BenefitHolder("0".repeat(64), null);
    }

    /** Someone a department reported with a phone: two months of pension, through the partner API. */
    private Person aPersonOnRecord() throws Exception {
        String idNumber = freshIdNumber();
        String phone = TestPhones.aMobile().value();
        List<Map<String, Object>> records = List.of(
                record(prefix + idNumber + "-10", idNumber, phone, "2026-10"),
                record(prefix + idNumber + "-09", idNumber, phone, "2026-09"));
        int status = mvc.perform(post("/api/v1/benefits")
                        .header("X-API-Key", HR_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(Map.of("records", records))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
        return new Person(idNumber, phone);
    }

    private static Map<String, Object> record(String id, String idNumber, String phone, String month) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", id);
        record.put("idNumber", idNumber);
        record.put("name", "吴测试");
        record.put("phone", phone);
        record.put("benefit", "城乡居民基础养老金");
        record.put("month", month);
        record.put("amountFen", 18_800);
        record.put("paidOn", month + "-15");
        return record;
    }

    /** Status, redirect, the code page and the page after a wrong code, without the per-session CSRF token. */
    private Answer answerFor(String address, String idNumber, String phone) throws Exception {
        Citizen citizen = new Citizen(address);
        MvcResult sent = citizen.signIn(idNumber, phone);
        String page = withoutToken(
                citizen.get(VILLAGE + "/benefits/code").getResponse().getContentAsString());
        String wrong = withoutToken(citizen.code("000000").getResponse().getContentAsString());
        return new Answer(
                sent.getResponse().getStatus(),
                sent.getResponse().getRedirectedUrl(),
                page,
                wrong.replace(masked(phone), "PHONE"));
    }

    record Answer(int status, String target, String page, String wrongCodePage) {}

    record Person(String idNumber, String phone) {}

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private String codeSentTo(String phone) {
        dispatcher.dispatchDue();
        String text = jdbc.queryForObject(
                "select text from notification.dev_inbox where phone_index = ? and text like '%验证码%' order by id desc limit 1",
                String.class, index.of(phone, SmsPhones.DEV_INBOX));
        return text.replaceAll("\\D*(\\d{6})\\D.*", "$1");
    }

    private long textsTo(String phone) {
        return jdbc.queryForObject(
                "select count(*) from notification.sms_outbox where phone_index = ?",
                Long.class,
                index.of(phone, SmsPhones.OUTBOX));
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371628%04d%02d%02d%03d",
                1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    /** One phone's way through the pages, from one address, carrying the session cookie as a browser does. */
    private final class Citizen {

        private final String address;
        private Cookie session;

        Citizen(String address) {
            this.address = address;
        }

        MvcResult signIn(String idNumber, String phone) throws Exception {
            if (session == null) {
                get(VILLAGE + "/benefits");
            }
            return perform(post(VILLAGE + "/benefits")
                    .param("idNumber", idNumber)
                    .param("phone", phone)
                    .with(csrf()));
        }

        MvcResult code(String code) throws Exception {
            return perform(post(VILLAGE + "/benefits/code").param("code", code).with(csrf()));
        }

        MvcResult get(String url) throws Exception {
            return perform(MockMvcRequestBuilders.get(url));
        }

        Document page(String url) throws Exception {
            MvcResult result = get(url);
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            return Jsoup.parse(result.getResponse().getContentAsString());
        }

        String sessionId() {
            return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        }

        MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            if (session != null) {
                request.cookie(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            Cookie renewed = result.getResponse().getCookie("SESSION");
            if (renewed != null) {
                session = renewed;
            }
            return result;
        }
    }

    private static final class MockMvcRequestBuilders {
        static MockHttpServletRequestBuilder get(String url) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
        }
    }
}
