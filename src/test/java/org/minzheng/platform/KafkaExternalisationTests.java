package org.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.assistance.AssistanceCaseApproved;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.AssistanceEnded;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.payment.PaymentsMade;
import org.minzheng.payment.account.BankAccountNumber;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.registry.DeathRecorded;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.MadeUpIdNumbers;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With externalisation switched on, the four facts other departments need reach an embedded Kafka broker as
 * JSON keyed by the county, each from the flow that records it, and their publications are completed. This is
 * a context of its own (the shared {@code @IntegrationTest} one keeps Kafka off) with its own embedded
 * PostgreSQL, closed after the class so that it does not linger next to the shared one.
 */
@SpringBootTest(
        properties = {
            "spring.modulith.events.externalization.enabled=true",
            // not the annotation's bootstrapServersProperty: that becomes a system property outliving the broker
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN"
        })
@ActiveProfiles({"dev", "test"})
@AutoConfigureMockMvc
@Import(StaffLogins.class)
@EmbeddedKafka(
        partitions = 1,
        topics = {
            KafkaExternalisationTests.APPROVED,
            KafkaExternalisationTests.ENDED,
            KafkaExternalisationTests.PAID,
            KafkaExternalisationTests.DEATH
        })
@DirtiesContext
class KafkaExternalisationTests {

    static final String APPROVED = "minzheng.assistance.approved";
    static final String ENDED = "minzheng.assistance.ended";
    static final String PAID = "minzheng.payment.paid";
    static final String DEATH = "minzheng.registry.death";

    /** 里则街村委会 of 滨城区, whose county code keys the messages. */
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");

    static final String BINCHENG = "371602";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One consumer for the class, reading every topic from the start; what it read is kept for all tests. */
    private static KafkaConsumer<String, byte[]> consumer;

    private static final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    AssistanceCases cases;

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    private final LocalDate today = LocalDate.now(CHINA);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void closeConsumer() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
            consumer = null;
        }
        received.clear();
    }

    @Test
    void aTownshipPayingTemporaryAssistanceFirstIsTold() throws Exception {
        String idNumber = idNumber();
        CaseNumber number = cases.submit(
                new NewCase(
                        LIZE_VILLAGE,
                        Programme.TEMPORARY,
                        "外部申请人",
                        IdNumber.parse(idNumber),
                        new PhoneNumber("13905431234"),
                        2,
                        "房屋失火",
                        List.of(),
                        Channel.WALK_IN,
                        "lize"),
                "kafka-" + UUID.randomUUID());

        mvc.perform(post("/console/assistance/cases/" + number.value() + "/advance")
                        .param("version", "0")
                        .param("amount", "800.00")
                        .param("hukouType", "RURAL")
                        .param("note", "房屋失火，急需生活费")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"));

        ConsumerRecord<String, byte[]> message = awaitMessage(
                APPROVED, body -> number.value().equals(body.at("/number/value").asString()));
        JsonNode body = json.readTree(message.value());
        assertThat(message.key()).isEqualTo(BINCHENG);
        assertThat(body.at("/village/value").asString()).isEqualTo(LIZE_VILLAGE.value());
        assertThat(body.at("/programme").asString()).isEqualTo("TEMPORARY");
        assertThat(body.at("/amountFen").asLong()).isEqualTo(800_00L);
        assertThat(body.at("/startMonth").asString())
                .isEqualTo(YearMonth.from(today).toString());
        assertThat(body.at("/advance").asBoolean()).isTrue();
        assertThat(new String(message.value(), StandardCharsets.UTF_8)).doesNotContain(idNumber, "外部申请人");
        awaitCompleted(AssistanceCaseApproved.class, number.value());
    }

    @Test
    void theCountyEndingABenefitAndThePoliceReportingTheDeathAreTold() throws Exception {
        String headId = idNumber();
        CaseNumber number = enrol("外部户主", headId, YearMonth.from(today));
        long recipient = recipientId(number);
        long version = jdbc.sql("select version from assistance.recipients where id = ?")
                .param(recipient)
                .query(Long.class)
                .single();

        mvc.perform(post("/console/assistance/recipients/" + recipient + "/exit")
                        .param("version", String.valueOf(version))
                        .param("reason", "DEATH")
                        .param("note", "户主外部户主病故")
                        .param(
                                "effectiveMonth",
                                YearMonth.from(today).plusMonths(1).toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());

        ConsumerRecord<String, byte[]> ended = awaitMessage(
                ENDED, body -> number.value().equals(body.at("/number/value").asString()));
        JsonNode body = json.readTree(ended.value());
        assertThat(ended.key()).isEqualTo(BINCHENG);
        assertThat(body.at("/programme").asString()).isEqualTo("DIBAO");
        assertThat(body.at("/lastAmountFen").asLong()).isEqualTo(700_00L);
        assertThat(body.at("/firstMonthWithout").asString())
                .isEqualTo(YearMonth.from(today).plusMonths(1).toString());
        assertThat(body.at("/reason").asString()).isEqualTo("DEATH");
        assertThat(body.at("/decidedOn").asString()).isEqualTo(today.toString());
        assertThat(new String(ended.value(), StandardCharsets.UTF_8))
                .as("the clerk's note stays in the register")
                .doesNotContain("病故", "外部户主");
        awaitCompleted(AssistanceEnded.class, number.value());

        Map<String, Object> head = jdbc.sql("""
                        select p.id, p.household_id from registry.persons p
                        join assistance.recipients r on r.household_id = p.household_id
                        where r.id = ? and p.head""").param(recipient).query().singleRow();
        String external = "KAFKA-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String feed = "记录编号,身份证号码,姓名,死亡日期\n" + external + "," + headId + ",外部户主," + today.minusDays(3) + "\n";
        mvc.perform(multipart("/console/registry/feeds/import")
                        .file(new MockMultipartFile(
                                "file", "death.csv", "text/csv", feed.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "death")
                        .param("department", "public-security")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isOk());

        long personId = ((Number) head.get("id")).longValue();
        ConsumerRecord<String, byte[]> death =
                awaitMessage(DEATH, message -> message.at("/personId").asLong() == personId);
        JsonNode reported = json.readTree(death.value());
        assertThat(death.key()).isEqualTo(BINCHENG);
        assertThat(reported.at("/household/value").asLong()).isEqualTo(((Number) head.get("household_id")).longValue());
        assertThat(reported.at("/village/value").asString()).isEqualTo(LIZE_VILLAGE.value());
        assertThat(reported.at("/diedOn").asString())
                .isEqualTo(today.minusDays(3).toString());
        assertThat(reported.at("/reportedBy").asString()).isEqualTo("public-security");
        assertThat(new String(death.value(), StandardCharsets.UTF_8))
                .as("neither the ID number nor the name leaves the register")
                .doesNotContain(headId, "外部户主");
        awaitCompleted(DeathRecorded.class, "\"personId\":" + personId + ",");
    }

    @Test
    void theBankConfirmingAPayrollsPaymentsIsToldAsOneTotal() throws Exception {
        YearMonth month = YearMonth.of(2019, 6);
        long recipient = recipientId(enrol("外部收款人", idNumber(), month));
        logins.signIn("bincheng");
        accounts.save(
                recipient,
                "中国农业银行滨州分行",
                "外部收款人",
                new BankAccountNumber("6228480" + String.format("%012d", recipient)),
                false,
                -1,
                new DataScope(RegionCode.of(BINCHENG)));
        SecurityContextHolder.clearContext();

        String payrollPage = mvc.perform(post("/console/payment/payrolls")
                        .param("county", BINCHENG)
                        .param("programme", "DIBAO")
                        .param("month", month.toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long payroll = Long.parseLong(payrollPage.substring(payrollPage.lastIndexOf('/') + 1));
        long payrollVersion = jdbc.sql("select version from payment.payrolls where id = ?")
                .param(payroll)
                .query(Long.class)
                .single();
        mvc.perform(post(payrollPage + "/approve")
                        .param("version", String.valueOf(payrollVersion))
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(post(payrollPage + "/batches").with(csrf()).with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        long payment = jdbc.sql("select id from payment.payments where payroll_id = ? and recipient_id = ?")
                .param(payroll)
                .param(recipient)
                .query(Long.class)
                .single();
        String returnFile = "流水号,金额（元）,结果,失败原因,银行流水号\n" + payment + ",700.00,成功,,B" + payment + "\n";
        mvc.perform(multipart(payrollPage + "/returns")
                        .file(new MockMultipartFile(
                                "file", "回盘.csv", "text/csv", returnFile.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        ConsumerRecord<String, byte[]> message =
                awaitMessage(PAID, body -> body.at("/payrollId").asLong() == payroll);
        JsonNode body = json.readTree(message.value());
        assertThat(message.key()).isEqualTo(BINCHENG);
        assertThat(body.at("/county/value").asString())
                .isEqualTo(RegionCode.of(BINCHENG).value());
        assertThat(body.at("/programme").asString()).isEqualTo("DIBAO");
        assertThat(body.at("/month").asString()).isEqualTo("2019-06");
        assertThat(body.at("/payments").asInt()).isEqualTo(1);
        assertThat(body.at("/amountFen").asLong()).isEqualTo(700_00L);
        assertThat(body.at("/paidOn").asString()).isEqualTo(today.toString());
        assertThat(new String(message.value(), StandardCharsets.UTF_8)).doesNotContain("外部收款人", "6228480");
        awaitCompleted(PaymentsMade.class, "\"payrollId\":" + payroll + ",");
    }

    /** A one-person 低保 household of 里则街村, ¥700 a month from {@code start}; case numbers dated 2002. */
    private CaseNumber enrol(String name, String idNumber, YearMonth start) {
        CaseNumber number = new CaseNumber(
                String.format("MZ20020101-%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        enrolments.enrol(new Enrolment(
                number,
                LIZE_VILLAGE,
                Programme.DIBAO,
                HukouType.RURAL,
                "测试路9号",
                List.of(new Enrolment.Member(name, IdNumber.parse(idNumber), "02", WorkAbility.NONE, true)),
                null,
                700_00L,
                start,
                ReviewCycle.YEARLY,
                start.minusMonths(1).atEndOfMonth(),
                "bincheng",
                false));
        return number;
    }

    private long recipientId(CaseNumber number) {
        return jdbc.sql("select id from assistance.recipients where case_number = ?")
                .param(number.value())
                .query(Long.class)
                .single();
    }

    /** Polls the broker until a message on {@code topic} satisfies {@code wanted}. */
    private ConsumerRecord<String, byte[]> awaitMessage(String topic, Predicate<JsonNode> wanted) {
        KafkaConsumer<String, byte[]> reader = consumer();
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            reader.poll(Duration.ofMillis(200)).forEach(received::add);
                            return received.stream()
                                    .filter(message -> message.topic().equals(topic)
                                            && wanted.test(json.readTree(message.value())))
                                    .findFirst()
                                    .orElse(null);
                        },
                        message -> message != null);
    }

    /** The externalised event's publication is completed once the broker acknowledged it. */
    private void awaitCompleted(Class<?> type, String fragment) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                                select completion_date is not null from event_publication
                                where event_type = ? and serialized_event like ?""")
                        .param(type.getName())
                        .param("%" + fragment + "%")
                        .query(Boolean.class)
                        .list())
                .isNotEmpty()
                .containsOnly(true));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(
                    Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            brokers,
                            ConsumerConfig.GROUP_ID_CONFIG,
                            "other-department-" + UUID.randomUUID(),
                            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                            "earliest"),
                    new StringDeserializer(),
                    new ByteArrayDeserializer());
            consumer.subscribe(List.of(APPROVED, ENDED, PAID, DEATH));
        }
        return consumer;
    }

    /** A made-up ID number with address code 371628, which neither the demo data nor other tests use. */
    private static String idNumber() {
        return MadeUpIdNumbers.random("371628");
    }
}
