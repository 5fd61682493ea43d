package org.minzheng.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.registry.household.HouseholdFixtures.LIZE_VILLAGE;
import static org.minzheng.registry.household.HouseholdFixtures.PENGLI_COMMUNITY;
import static org.minzheng.registry.household.HouseholdFixtures.aCoupleIn;
import static org.minzheng.registry.household.HouseholdFixtures.freshIdNumber;
import static org.minzheng.registry.household.HouseholdFixtures.head;
import static org.minzheng.registry.household.HouseholdFixtures.member;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdRefusedException;
import org.minzheng.registry.HouseholdRefusedException.Reason;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.PersonSummary;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The register through its facade, on the real database; every test rolls back. */
@IntegrationTest
@Transactional
class HouseholdRegisterTests {

    static final DataScope LIZE = new DataScope(RegionCode.of("371602012000"));
    static final DataScope PENGLI = new DataScope(RegionCode.of("371602005000"));
    static final DataScope BINCHENG = new DataScope(RegionCode.of("371602000000"));

    @Autowired
    Households households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredHouseholdReadsBackWithMaskedIdNumbersAndDerivedSexAndBirthDate() {
        String headId = freshIdNumber();
        String spouseId = freshIdNumber();

        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, spouseId));

        HouseholdDetails household = households.find(id, LIZE).orElseThrow();
        assertThat(household.number()).matches("371602012201-\\d{6}");
        assertThat(household.categories()).containsExactly(HouseholdCategory.DIBAO);
        assertThat(household.hukouType()).isEqualTo(HukouType.RURAL);
        assertThat(household.members()).hasSize(2);
        PersonSummary head = household.head();
        assertThat(head.name()).isEqualTo("测试户主");
        assertThat(head.maskedIdNumber())
                .isEqualTo(headId.substring(0, 6) + "********" + headId.substring(14))
                .doesNotContain(headId.substring(6, 14));
        assertThat(head.birthDate()).isEqualTo(IdNumber.parse(headId).birthDate());
        assertThat(head.sex()).isEqualTo(IdNumber.parse(headId).sex());
        assertThat(head.relationship()).isEqualTo("02");
        assertThat(household.members().get(1).relationship()).isEqualTo("10");
        assertThat(household.members().get(1).workAbility()).isEqualTo(WorkAbility.NONE);
        assertThat(household.toString()).doesNotContain(headId, spouseId);
    }

    @Test
    void theDatabaseHoldsNoIdNumberInClear() {
        String headId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));

        List<String> rows = jdbc.sql("select p::text from registry.persons p where household_id = :id")
                .param("id", id.value())
                .query(String.class)
                .list();
        byte[] cipher = jdbc.sql("select id_number_cipher from registry.persons where household_id = :id and head")
                .param("id", id.value())
                .query(byte[].class)
                .single();

        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain(headId));
        assertThat(HexFormat.of().formatHex(cipher))
                .doesNotContain(HexFormat.of().formatHex(headId.getBytes()));
    }

    @Test
    void refusesAPersonWhoAlreadyBelongsToAHouseholdAndStoresNothing() {
        String headId = freshIdNumber();
        households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        long before = householdCount();

        NewHousehold again = new NewHousehold(
                LIZE_VILLAGE,
                "测试路2号",
                HukouType.RURAL,
                Set.of(),
                List.of(head("另一户主", freshIdNumber()), member("重复的人", headId, "70")),
                false);

        assertThatThrownBy(() -> households.register(again))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.ALREADY_REGISTERED);
                    assertThat(refused.personIndex()).isEqualTo(1);
                    assertThat(refused.getMessage()).doesNotContain(headId);
                });
        assertThat(householdCount()).isEqualTo(before);
    }

    @Test
    void refusesTheSameIdNumberTwiceInOneHousehold() {
        String id = freshIdNumber();
        assertThatThrownBy(() -> households.register(aCoupleIn(LIZE_VILLAGE, id, id)))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.ID_NUMBER_TWICE));
    }

    @Test
    void refusesAHouseholdWithoutHeadOrWithTwoHeads() {
        NewHousehold headless = new NewHousehold(
                LIZE_VILLAGE, "测试路3号", HukouType.URBAN, Set.of(), List.of(member("甲", freshIdNumber(), "70")), false);
        NewHousehold twoHeads = new NewHousehold(
                LIZE_VILLAGE,
                "测试路3号",
                HukouType.URBAN,
                Set.of(),
                List.of(head("甲", freshIdNumber()), head("乙", freshIdNumber())),
                false);

        assertThatThrownBy(() -> households.register(headless))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.NO_HEAD));
        assertThatThrownBy(() -> households.register(twoHeads))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.SEVERAL_HEADS));
    }

    @Test
    void refusesARelationshipOutsideTheDictionaryAndAPlaceThatIsNoVillage() {
        NewHousehold badRelationship = new NewHousehold(
                LIZE_VILLAGE,
                "测试路4号",
                HukouType.URBAN,
                Set.of(),
                List.of(head("甲", freshIdNumber()), member("乙", freshIdNumber(), "zz")),
                false);
        NewHousehold township = aCoupleIn(RegionCode.of("371602012000"), freshIdNumber(), freshIdNumber());

        assertThatThrownBy(() -> households.register(badRelationship))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.UNKNOWN_RELATIONSHIP));
        assertThatThrownBy(() -> households.register(township))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.NOT_A_VILLAGE));
    }

    @Test
    void findsTheHouseholdOfAMemberByIdNumberWithinScopeOnly() {
        String spouseId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), spouseId));

        var found =
                households.findByIdNumber(IdNumber.parse(spouseId), BINCHENG).orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.headName()).isEqualTo("测试户主");
        assertThat(found.memberCount()).isEqualTo(2);
        assertThat(households.findByIdNumber(IdNumber.parse(spouseId), PENGLI)).isEmpty();
        assertThat(households.findByIdNumber(IdNumber.parse(freshIdNumber()), BINCHENG))
                .isEmpty();
    }

    @Test
    void anotherTownshipDoesNotSeeTheHousehold() {
        HouseholdId id = households.register(aCoupleIn(PENGLI_COMMUNITY, freshIdNumber(), freshIdNumber()));

        assertThat(households.find(id, PENGLI)).isPresent();
        assertThat(households.find(id, LIZE)).isEmpty();
    }

    @Test
    void refusesACategoryChangeBasedOnAStaleVersion() {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        long seen = households.find(id, LIZE).orElseThrow().version();

        households.setCategories(id, seen, Set.of(HouseholdCategory.TEKUN), "审批通过");

        assertThatThrownBy(() -> households.setCategories(id, seen, Set.of(HouseholdCategory.EDGE), "晚了一步"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        HouseholdDetails now = households.find(id, LIZE).orElseThrow();
        assertThat(now.categories()).containsExactly(HouseholdCategory.TEKUN);
        assertThat(now.version()).isEqualTo(seen + 1);
        assertThat(auditActions(id)).contains("registry.household.register", "registry.household.categorise");
    }

    @Test
    void addsAndRemovesMembersButNeverTheHead() {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        String childId = freshIdNumber();

        long child = households.addMember(id, member("测试子女", childId, "20"));

        assertThat(households.find(id, LIZE).orElseThrow().members()).hasSize(3);
        assertThatThrownBy(() -> households.addMember(id, member("又是他", childId, "20")))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.ALREADY_REGISTERED));
        long headId = households.find(id, LIZE).orElseThrow().head().id();
        assertThatThrownBy(() -> households.removeMember(id, headId, "迁出"))
                .isInstanceOfSatisfying(HouseholdRefusedException.class, r -> assertThat(r.reason())
                        .isEqualTo(Reason.HEAD_CANNOT_LEAVE));

        households.removeMember(id, child, "外出就业");

        assertThat(households.find(id, LIZE).orElseThrow().members()).hasSize(2);
        assertThat(auditActions(id)).contains("registry.person.add", "registry.person.remove");
    }

    @Test
    void revealingAFullIdNumberIsAudited() {
        String headId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        long head = households.find(id, LIZE).orElseThrow().head().id();

        assertThat(households.revealIdNumber(id, head, PENGLI)).isEmpty();
        assertThat(households.revealIdNumber(id, head, LIZE)).contains(headId);

        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_entries where action = 'pii.reveal.id-number' and target_id = :id")
                        .param("id", Long.toString(head))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void demoHouseholdsLieInLizeAndPengliWithValidIdNumbersAndSomeCategories() {
        List<String> regions = jdbc.sql("select distinct substr(region_code, 1, 9) from registry.households where demo")
                .query(String.class)
                .list();
        long withDibaoOrTekun = jdbc.sql(
                        "select count(*) from registry.households where demo and categories && array['dibao','tekun']")
                .query(Long.class)
                .single();

        assertThat(regions).containsExactlyInAnyOrder("371602012", "371602005");
        assertThat(withDibaoOrTekun).isGreaterThan(10);
        // The register's own ~60; demo recipients of the assistance module bring their households too.
        assertThat(jdbc.sql("""
                        select count(*) from registry.households h where demo
                          and not exists (select 1 from assistance.recipients r where r.household_id = h.id)""").query(Long.class).single()).isBetween(55L, 65L);
        var sample = households
                .find(
                        new HouseholdId(jdbc.sql("select min(id) from registry.households where demo")
                                .query(Long.class)
                                .single()),
                        BINCHENG)
                .orElseThrow();
        assertThat(sample.demo()).isTrue();
        assertThat(sample.head().sex()).isIn(Sex.MALE, Sex.FEMALE);
    }

    private long householdCount() {
        return jdbc.sql("select count(*) from registry.households")
                .query(Long.class)
                .single();
    }

    private List<String> auditActions(HouseholdId id) {
        return jdbc.sql(
                        "select action from audit.audit_entries where target_type = 'registry.household' and target_id = :id")
                .param("id", id.toString())
                .query(String.class)
                .list();
    }
}
