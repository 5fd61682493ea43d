package org.minzheng.portal.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 码上办 on the portal: a citizen without an account applies from the village page, confirms the phone with
 * a text-message code and looks the case up. Each test rolls back what it filed.
 */
@IntegrationTest
@Transactional
class PortalApplyTests {

    static final String VILLAGE = "/v/371602012201";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    BlindIndex index;

    @Autowired
    MessageSource messages;

    @Test
    void theVillagePageLeadsToThreeProgrammesAndTheStatusLookUp() throws Exception {
        Document home = page(VILLAGE);
        assertThat(home.select("a#service-apply").attr("href")).isEqualTo(VILLAGE + "/apply");
        assertThat(home.select("a#track-link").attr("href")).isEqualTo(VILLAGE + "/track");

        Document choose = page(VILLAGE + "/apply");
        assertThat(choose.select(".choices a.choice").eachAttr("href"))
                .containsExactly(VILLAGE + "/apply/dibao", VILLAGE + "/apply/tekun", VILLAGE + "/apply/temporary");
        assertThat(choose.select(".choices strong").eachText()).containsExactly("低保", "特困人员救助供养", "临时救助");
        assertThat(choose.select(".choices span").eachText()).allMatch(text -> text.length() > 10);
    }

    @Test
    void aCitizenAppliesConfirmsThePhoneAndFollowsTheCaseByNumberAndPhone() throws Exception {
        Applicant applicant = Applicant.fresh();
        Flow flow = start("dibao");

        MvcResult checked = flow.submitForm(applicant, new MockMultipartFile("files", "户口本.png", "image/png", PNG));
        assertThat(checked.getResponse().getRedirectedUrl())
                .isEqualTo(VILLAGE + "/apply/dibao/confirm?key=" + flow.key);
        Document confirm = flow.page(VILLAGE + "/apply/dibao/confirm?key=" + flow.key);
        assertThat(confirm.select("#case-summary").text()).contains("低保", applicant.name, "户口本.png");
        assertThat(confirm.text()).contains(applicant.phone.substring(0, 3) + "****" + applicant.phone.substring(7));
        assertThat(confirm.text()).doesNotContain(applicant.phone).doesNotContain(applicant.idNumber);

        String number = flow.confirm(codeSentTo(applicant.phone));
        assertThat(number).matches("MZ\\d{8}-\\d{6}");
        Document done = page(VILLAGE + "/apply/done?number=" + number);
        assertThat(done.select("#case-number").text()).isEqualTo(number);
        assertThat(done.select("a#track-link").attr("href")).isEqualTo(VILLAGE + "/track?number=" + number);

        assertThat(jdbc.queryForObject("select channel from assistance.cases where number = ?", String.class, number))
                .isEqualTo("PORTAL");
        assertThat(jdbc.queryForList(
                        "select owner_id from attachment.files where display_name like '%.png' and owner_id = ?",
                        String.class, number))
                .hasSize(1);

        Document found = page(VILLAGE + "/track?number=" + number + "&phone=" + applicant.phone);
        assertThat(found.select("#current-status").text())
                .isEqualTo(messages.getMessage("assistance.status.SUBMITTED", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(found.select("#tracking h2").first().text()).isEqualTo("低保");
        assertThat(found.select("#steps li")).isNotEmpty();
        assertThat(found.select("#steps li .meta").first().text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(found.select("#not-found")).isEmpty();

        Document wrongPhone = page(VILLAGE + "/track?number=" + number + "&phone=" + Applicant.fresh().phone);
        Document noSuchNumber = page(VILLAGE + "/track?number=MZ19990101-999999&phone=" + applicant.phone);
        assertThat(wrongPhone.select("#tracking")).isEmpty();
        assertThat(wrongPhone.select("#not-found").text()).contains("没有查到");
        assertThat(noSuchNumber.select("#not-found").text())
                .isEqualTo(wrongPhone.select("#not-found").text());
    }

    @Test
    void tappingSubmitTwiceFilesOneCase() throws Exception {
        Applicant applicant = Applicant.fresh();
        Flow flow = start("temporary");
        flow.submitForm(applicant);
        String code = codeSentTo(applicant.phone);

        String first = flow.confirm(code);
        String second = flow.confirm(code);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistance.cases where idempotency_key = ?", Long.class, flow.key))
                .isOne();
    }

    @Test
    void aWrongCodeIsRefusedAndFilesNothing() throws Exception {
        Applicant applicant = Applicant.fresh();
        Flow flow = start("dibao");
        flow.submitForm(applicant);
        String code = codeSentTo(applicant.phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        MvcResult refused = flow.perform(post(VILLAGE + "/apply/dibao/confirm")
                .param("key", flow.key)
                .param("code", wrong)
                .with(csrf()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#code-form .problem").text()).contains("验证码不对");
        assertThat(cases(flow.key)).isZero();
    }

    static Stream<Arguments> badInputs() {
        Applicant good = Applicant.fresh();
        String valid = good.idNumber;
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        return Stream.of(
                Arguments.of("idNumber", good.withId(valid.substring(0, 17) + wrongCheck), "身份证号不对"),
                Arguments.of("idNumber", good.withId(""), "此项必填"),
                Arguments.of("phone", good.withPhone("0543-3161234"), "固定电话收不到验证码"),
                Arguments.of("phone", good.withPhone("1234"), "11 位手机号码"),
                Arguments.of("applicantName", good.withName("<script>alert(1)</script>"), "尖括号"),
                Arguments.of("applicantName", good.withName(" "), "此项必填"),
                Arguments.of("reason", good.withReason("生活困难<script>x</script>"), "尖括号"),
                Arguments.of("reason", good.withReason("难".repeat(501)), "最多 500 个字"),
                Arguments.of("householdSize", good.withHousehold("0"), "1 到 20"),
                Arguments.of("householdSize", good.withHousehold("three"), "1 到 20"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badInputs")
    void badInputIsShownAtItsFieldAndNothingIsStoredOrSent(String field, Applicant applicant, String message)
            throws Exception {
        long filesBefore = unboundFiles();
        Flow flow = start("dibao");

        MvcResult shown = flow.submitForm(applicant, new MockMultipartFile("files", "a.png", "image/png", PNG));

        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(shown.getResponse().getContentAsString());
        assertThat(page.select("#problems")).isNotEmpty();
        assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#" + field)
                        .parents()
                        .select(".question.has-error .problem")
                        .text())
                .contains(message);
        assertThat(page.select("input[name=key]").val()).isEqualTo(flow.key);
        assertThat(cases(flow.key)).isZero();
        assertThat(unboundFiles()).isEqualTo(filesBefore);
        if (PhoneNumber.tryParse(applicant.phone).filter(PhoneNumber::isMobile).isPresent()) {
            assertThat(textsTo(applicant.phone)).isZero();
        }
    }

    /** Outside the test's transaction, so that the refusal really rolls back the file stored before it. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aWebPageNamedLikeAPhotoIsRefusedByItsContentAndNothingIsKept() throws Exception {
        long filesBefore = unboundFiles();
        Applicant applicant = Applicant.fresh();
        Flow flow = start("tekun");

        MvcResult shown = flow.submitForm(
                applicant,
                new MockMultipartFile("files", "ok.png", "image/png", PNG),
                new MockMultipartFile(
                        "files", "照片.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes()));

        Document page = Jsoup.parse(shown.getResponse().getContentAsString());
        assertThat(page.select("#file-problem").text()).contains("照片.jpg", "文件内容与扩展名不符");
        assertThat(page.select("#applicantName").val()).isEqualTo(applicant.name);
        assertThat(unboundFiles())
                .as("the PNG stored before is rolled back too")
                .isEqualTo(filesBefore);
        assertThat(cases(flow.key)).isZero();
        assertThat(textsTo(applicant.phone)).isZero();
    }

    @Test
    void atMostThreeFilesAreTaken() throws Exception {
        Applicant applicant = Applicant.fresh();
        Flow flow = start("dibao");

        MvcResult shown = flow.submitForm(
                applicant,
                new MockMultipartFile("files", "1.png", "image/png", PNG),
                new MockMultipartFile("files", "2.png", "image/png", PNG),
                new MockMultipartFile("files", "3.png", "image/png", PNG),
                new MockMultipartFile("files", "4.png", "image/png", PNG));

        Document page = Jsoup.parse(shown.getResponse().getContentAsString());
        assertThat(page.select("#file-problem").text()).contains("最多只能上传 3 个文件");
        assertThat(textsTo(applicant.phone)).isZero();
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWithTheLimit() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        Flow flow = start("dibao");

        MvcResult shown =
                flow.submitForm(Applicant.fresh(), new MockMultipartFile("files", "big.png", "image/png", large));

        assertThat(Jsoup.parse(shown.getResponse().getContentAsString())
                        .select("#file-problem")
                        .text())
                .contains("big.png", "文件太大");
        assertThat(cases(flow.key)).isZero();
    }

    @Test
    void theStatusPageNeedsNoSessionAndExplainsAMistypedNumber() throws Exception {
        MvcResult empty =
                mvc.perform(get(VILLAGE + "/track")).andExpect(status().isOk()).andReturn();
        assertThat(empty.getRequest().getSession(false)).isNull();
        assertThat(empty.getResponse().getContentAsString()).doesNotContain("_csrf");

        Document mistyped = page(VILLAGE + "/track?number=12345&phone=0543-3161234");
        assertThat(mistyped.select("#number").attr("aria-invalid")).isEqualTo("true");
        assertThat(mistyped.select("#phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(mistyped.select("#not-found, #tracking")).isEmpty();
    }

    @Test
    void anUnknownProgrammeOrAMalformedNumberGetsThePortalsNotFoundPage() throws Exception {
        mvc.perform(get(VILLAGE + "/apply/pension")).andExpect(status().isNotFound());
        mvc.perform(get(VILLAGE + "/apply/done?number=<b>")).andExpect(status().isNotFound());
    }

    @Test
    void aConfirmationWithoutTheFormLeadsBackToTheForm() throws Exception {
        mvc.perform(post(VILLAGE + "/apply/dibao/confirm")
                        .param("key", "00000000-0000-0000-0000-000000000000")
                        .param("code", "123456")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(VILLAGE + "/apply/dibao"));
    }

    private Flow start(String programme) throws Exception {
        MvcResult form = mvc.perform(get(VILLAGE + "/apply/" + programme))
                .andExpect(status().isOk())
                .andReturn();
        Document page = Jsoup.parse(form.getResponse().getContentAsString());
        assertThat(page.select("form#apply-form").attr("enctype")).isEqualTo("multipart/form-data");
        String key = page.select("input[name=key]").val();
        assertThat(key).matches("[0-9a-f-]{36}");
        return new Flow(programme, key, form.getResponse().getCookie("SESSION"));
    }

    /** The code from the text message on the development gateway, as the citizen reads it on the phone. */
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

    private long cases(String key) {
        return jdbc.queryForObject("select count(*) from assistance.cases where idempotency_key = ?", Long.class, key);
    }

    private long unboundFiles() {
        return jdbc.queryForObject("select count(*) from attachment.files where owner_id is null", Long.class);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** One citizen's way through the steps, carrying the session cookie as a browser does. */
    private final class Flow {

        final String programme;
        final String key;
        private Cookie session;

        Flow(String programme, String key, Cookie session) {
            this.programme = programme;
            this.key = key;
            this.session = session;
        }

        MvcResult submitForm(Applicant applicant, MockMultipartFile... files) throws Exception {
            MockMultipartHttpServletRequestBuilder request = multipart(VILLAGE + "/apply/" + programme);
            for (MockMultipartFile file : files) {
                request.file(file);
            }
            return perform(request.param("applicantName", applicant.name)
                    .param("idNumber", applicant.idNumber)
                    .param("phone", applicant.phone)
                    .param("householdSize", applicant.household)
                    .param("reason", applicant.reason)
                    .param("key", key)
                    .with(csrf()));
        }

        /** Types the code and submits; the number from the page the citizen is sent to. */
        String confirm(String code) throws Exception {
            MvcResult result = perform(post(VILLAGE + "/apply/" + programme + "/confirm")
                    .param("key", key)
                    .param("code", code)
                    .with(csrf()));
            String target = result.getResponse().getRedirectedUrl();
            assertThat(target).startsWith(VILLAGE + "/apply/done?number=");
            return target.substring(target.indexOf('=') + 1);
        }

        Document page(String url) throws Exception {
            return Jsoup.parse(perform(get(url)).getResponse().getContentAsString());
        }

        MvcResult perform(RequestBuilder request) throws Exception {
            if (session != null && request instanceof MockHttpServletRequestBuilder builder) {
                builder.cookie(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            Cookie renewed = result.getResponse().getCookie("SESSION");
            if (renewed != null) {
                session = renewed;
            }
            return result;
        }
    }

    /** Someone applying, with an ID number and a mobile no other test uses. */
    record Applicant(String name, String idNumber, String phone, String household, String reason) {

        static Applicant fresh() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String first17 = "371602"
                    + (1950 + random.nextInt(50))
                    + String.format(
                            "%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
            return new Applicant(
                    "测试申请人",
                    first17 + IdNumber.checkChar(first17),
                    "139" + String.format("%08d", random.nextInt(100_000_000)),
                    "3",
                    "丈夫去年因病去世，家里没有稳定收入。");
        }

        Applicant withId(String id) {
            return new Applicant(name, id, phone, household, reason);
        }

        Applicant withPhone(String other) {
            return new Applicant(name, idNumber, other, household, reason);
        }

        Applicant withName(String other) {
            return new Applicant(other, idNumber, phone, household, reason);
        }

        Applicant withReason(String other) {
            return new Applicant(name, idNumber, phone, household, other);
        }

        Applicant withHousehold(String other) {
            return new Applicant(name, idNumber, phone, other, reason);
        }

        @Override
        public String toString() {
            return "applicant";
        }
    }
}
