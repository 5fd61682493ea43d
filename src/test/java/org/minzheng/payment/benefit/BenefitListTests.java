package org.minzheng.payment.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.notification.TestPhones;
import org.minzheng.payment.BenefitHolder;
import org.minzheng.payment.BenefitList;
import org.minzheng.payment.BenefitOverview;
import org.minzheng.payment.BenefitOverview.PaidMonth;
import org.minzheng.payment.account.BankAccountNumber;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Money;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 幸福清单 of a household: civil-affairs months and amounts from the payments the bank confirmed, with the
 * next pay day while the benefit runs, and the person's records from other departments by department. Each
 * test rolls back what it set up.
 */
@IntegrationTest
@Transactional
class BenefitListTests {

    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Autowired
    BenefitList list;

    @Autowired
    BenefitRecords records;

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecipientsSpouseSeesTheHouseholdsPaidMonthsTheNextPayDayAndTheirOwnDepartmentRecords() {
        Household household = aDibaoHousehold();
        paid(household, YearMonth.of(2026, 9), 120_000, "2026-09-10");
        paid(household, YearMonth.of(2026, 10), 125_000, "2026-10-10");
        pending(household, YearMonth.of(2026, 11));
        records.receive(
                new PartnerDepartment("human-resources"),
                List.of(
                        draft("1", household.spouseId(), "城乡居民基础养老金", "2026-10", 18_800),
                        draft("2", household.spouseId(), "城乡居民基础养老金", "2026-09", 18_800)));
        records.receive(
                new PartnerDepartment("medical-insurance"),
                List.of(draft("3", household.spouseId(), "门诊慢特病医疗救助", "2026-10", 25_640)));

        BenefitHolder spouse = list.holder(IdNumber.parse(household.spouseId()), household.phone())
                .orElseThrow();
        BenefitOverview overview = list.overview(spouse, TODAY);

        assertThat(overview.civilAffairs()).hasSize(1);
        var dibao = overview.civilAffairs().get(0);
        assertThat(dibao.programme()).isEqualTo(Programme.DIBAO);
        assertThat(dibao.running()).isTrue();
        assertThat(dibao.months())
                .extracting(PaidMonth::month, PaidMonth::amount, PaidMonth::paidOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2026, 10), Money.ofFen(125_000), LocalDate.parse("2026-10-10")),
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2026, 9), Money.ofFen(120_000), LocalDate.parse("2026-09-10")));
        assertThat(dibao.total()).isEqualTo(Money.ofFen(245_000));
        assertThat(dibao.nextPayDay()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dibao.office()).isEqualTo("里则街道");
        assertThat(overview.departments())
                .extracting(BenefitOverview.DepartmentBenefits::code)
                .containsExactly("medical-insurance", "human-resources");
        var pension = overview.departments().get(1);
        assertThat(pension.hotline()).isEqualTo("12333");
        assertThat(pension.benefits()).hasSize(1);
        assertThat(pension.benefits().get(0).months())
                .extracting(PaidMonth::month)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        assertThat(pension.benefits().get(0).total()).isEqualTo(Money.ofFen(37_600));

        BenefitHolder head = list.holder(IdNumber.parse(household.headId()), household.phone())
                .orElseThrow();
        assertThat(list.overview(head, TODAY).departments())
                .as("the household's records, the spouse's named by the masked name")
                .flatExtracting(BenefitOverview.DepartmentBenefits::benefits)
                .extracting(BenefitOverview.PartnerBenefit::name)
                .allSatisfy(name -> assertThat(name).contains("*", " · "))
                .hasSize(2);
        assertThat(list.overview(head, TODAY).civilAffairs()).hasSize(1);
    }

    @Test
    void nobodyIsFoundWithAnotherPhoneOrAnUnregisteredIdNumber() {
        Household household = aDibaoHousehold();

        assertThat(list.holder(IdNumber.parse(household.headId()), TestPhones.aMobile()))
                .isEmpty();
        assertThat(list.holder(IdNumber.parse(BenefitFixtures.freshIdNumber()), household.phone()))
                .isEmpty();
    }

    @Test
    void aPersonOnlyADepartmentKnowsSignsInWithThePhoneTheDepartmentGave() {
        String person = BenefitFixtures.freshIdNumber();
        PhoneNumber phone = TestPhones.aMobile();
        RecordDraft withPhone = new RecordDraft(
                BenefitFixtures.aPrefix() + "1",
                person,
                "周测试",
                phone.value(),
                "困难残疾人生活补贴",
                "2026-10",
                9_000L,
                null,
                null);
        records.receive(new PartnerDepartment("disabled-persons"), List.of(withPhone));

        BenefitHolder holder = list.holder(IdNumber.parse(person), phone).orElseThrow();

        assertThat(holder.householdId()).isNull();
        BenefitOverview overview = list.overview(holder, TODAY);
        assertThat(overview.civilAffairs()).isEmpty();
        assertThat(overview.maskedName()).isEqualTo("周*试");
        assertThat(overview.departments().get(0).name(java.util.Locale.ENGLISH))
                .isEqualTo("Binzhou Disabled Persons' Federation");
        assertThat(list.holder(IdNumber.parse(person), TestPhones.aMobile())).isEmpty();
    }

    @Test
    void thePayDayIsTheNextOneAfterToday() {
        PayDay tenth = new PayDay(10);

        assertThat(tenth.nextAfter(LocalDate.of(2026, 11, 9))).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(tenth.nextAfter(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(tenth.nextAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    record Household(
            long recipientId, String caseNumber, String headId, String spouseId, PhoneNumber phone, long accountId) {}

    private Household aDibaoHousehold() {
        String head = BenefitFixtures.freshIdNumber();
        String spouse = BenefitFixtures.freshIdNumber();
        PhoneNumber phone = TestPhones.aMobile();
        CaseNumber number = new CaseNumber(
                String.format("MZ20020101-%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        enrolments.enrol(new Enrolment(
                number,
                LIZE_VILLAGE,
                Programme.DIBAO,
                HukouType.RURAL,
                "测试路2号",
                List.of(
                        new Enrolment.Member("钱测试", IdNumber.parse(head), "02", WorkAbility.NONE, true),
                        new Enrolment.Member("孙测试", IdNumber.parse(spouse), "10", WorkAbility.NONE, false)),
                phone,
                120_000,
                YearMonth.of(2026, 9),
                ReviewCycle.YEARLY,
                LocalDate.of(2026, 8, 31),
                "bincheng",
                false));
        long id = jdbc.queryForObject(
                "select id from assistance.recipients where case_number = ?", Long.class, number.value());
        accounts.save(
                id,
                "中国农业银行滨州分行",
                "钱测试",
                new BankAccountNumber("6228480" + String.format("%012d", id)),
                false,
                -1,
                new DataScope(RegionCode.of("371602")));
        long account = jdbc.queryForObject("select id from payment.accounts where recipient_id = ?", Long.class, id);
        return new Household(id, number.value(), head, spouse, phone, account);
    }

    private void paid(Household household, YearMonth month, long fen, String paidOn) {
        payment(household, month, fen, "PAID", LocalDate.parse(paidOn));
    }

    private void pending(Household household, YearMonth month) {
        payment(household, month, 125_000, "PENDING", null);
    }

    private void payment(Household household, YearMonth month, long fen, String status, LocalDate paidOn) {
        Long payroll = jdbc.queryForObject("""
                        insert into payment.payrolls (county_code, programme, month, status)
                        values ('371602000000', 'DIBAO', ?, 'RECONCILED')
                        on conflict (county_code, programme, month) do update set month = excluded.month
                        returning id""", Long.class, month.atDay(1));
        jdbc.update(
                """
                        insert into payment.payments (payroll_id, recipient_id, case_number, village_code, programme,
                            for_month, amount_fen, account_id, status, paid_on, county_code)
                        values (?, ?, ?, ?, 'DIBAO', ?, ?, ?, ?, ?, ?)""",
                payroll,
                household.recipientId(),
                household.caseNumber(),
                LIZE_VILLAGE.value(),
                month.atDay(1),
                fen,
                household.accountId(),
                status,
                paidOn,
                CountyPartition.of(LIZE_VILLAGE.value()));
    }

    private static RecordDraft draft(String id, String idNumber, String benefit, String month, long fen) {
        return new RecordDraft(
                "L" + System.nanoTime() + "-" + id, idNumber, "孙测试", null, benefit, month, fen, null, null);
    }
}
