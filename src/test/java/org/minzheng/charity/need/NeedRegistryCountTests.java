package org.minzheng.charity.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry recount against counts taken straight from the registry tables. The snapshot reads on its own
 * connection, so the fixture households are committed and removed afterwards.
 */
@IntegrationTest
class NeedRegistryCountTests {

    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    final List<Long> households = new ArrayList<>();
    final int year = LocalDate.now().getYear();

    @BeforeEach
    void householdsInPengli() {
        String village = jdbc.sql("""
                        select code from region.regions where level = 'VILLAGE' and code like '371602005%'
                        order by code limit 1
                        """).query(String.class).single();
        LocalDate today = LocalDate.now();
        // an old man alone with a grade-1 certificate: counted; his neighbour with grade 3 is not
        household(village, "{tekun}", person(today.minusYears(78), "1", true));
        household(village, "{tekun}", person(today.minusYears(81), "3", true));
        // a 低保 family with children of 10 and 17 at school and a toddler of 3
        household(
                village,
                "{dibao}",
                person(today.minusYears(41), null, true),
                person(today.minusYears(10), null, false),
                person(today.minusYears(17), null, false),
                person(today.minusYears(3), null, false));
        // the same family outside 低保/特困 is not counted
        household(
                village, "{edge}", person(today.minusYears(39), null, true), person(today.minusYears(12), null, false));
    }

    @AfterEach
    void removeFixtures() {
        for (long id : households) {
            jdbc.sql("delete from registry.households where id = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("delete from charity.need_entries where source = 'REGISTRY' and year = :year")
                .param("year", year)
                .update();
    }

    @Test
    void recountStoresForEveryTownshipWhatTheRegistryTablesCount() throws Exception {
        mvc.perform(post("/console/charity/needs/recount").with(csrf()).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());

        for (String township : List.of(PENGLI, LIZE)) {
            String prefix = township.substring(0, 9);
            assertThat(stored(township, "ELDERLY_ALONE_DISABLED"))
                    .as(township)
                    .isEqualTo(elderlyAloneWithSevereDisability(prefix));
            assertThat(stored(township, "SCHOOL_CHILDREN"))
                    .as(township)
                    .isEqualTo(schoolAgeChildrenOfRecipients(prefix));
        }
        assertThat(stored(PENGLI, "ELDERLY_ALONE_DISABLED")).isGreaterThanOrEqualTo(1);
        assertThat(stored(PENGLI, "SCHOOL_CHILDREN")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTownshipRecountLeavesOtherTownshipsAloneAndPricesThePeople() throws Exception {
        mvc.perform(post("/console/charity/needs/recount").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from charity.need_entries where source = 'REGISTRY' and year = :year"
                                + " and region_code not like '371602005%'")
                        .param("year", year)
                        .query(Long.class)
                        .single())
                .isZero();
        var row = jdbc.sql("""
                        select e.people, e.needed_fen, e.covered_fen, e.gap_fen, c.need_per_person_fen,
                               c.covered_per_person_fen
                        from charity.need_entries e join charity.need_categories c on c.code = e.category_code
                        where e.region_code = :t and e.category_code = 'SCHOOL_CHILDREN' and e.year = :year
                        """).param("t", PENGLI).param("year", year).query().singleRow();
        long people = ((Number) row.get("people")).longValue();
        assertThat(row.get("needed_fen")).isEqualTo(people * (Long) row.get("need_per_person_fen"));
        assertThat(row.get("covered_fen")).isEqualTo(people * (Long) row.get("covered_per_person_fen"));
        assertThat((Long) row.get("gap_fen")).isEqualTo((Long) row.get("needed_fen") - (Long) row.get("covered_fen"));
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where action = 'charity.need.recount'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    long stored(String township, String category) {
        return jdbc.sql("""
                        select coalesce(sum(people), 0) from charity.need_entries
                        where region_code = :t and category_code = :c and year = :year and source = 'REGISTRY'
                        """)
                .param("t", township)
                .param("c", category)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    long elderlyAloneWithSevereDisability(String prefix) {
        return jdbc.sql("""
                        select count(*) from registry.households h join registry.persons p on p.household_id = h.id
                        where h.region_code like :prefix || '%'
                          and (select count(*) from registry.persons o where o.household_id = h.id) = 1
                          and extract(year from age(current_date, p.birth_date)) >= 60
                          and p.disability_grade in ('1', '2')
                        """).param("prefix", prefix).query(Long.class).single();
    }

    long schoolAgeChildrenOfRecipients(String prefix) {
        return jdbc.sql("""
                        select count(*) from registry.households h join registry.persons p on p.household_id = h.id
                        where h.region_code like :prefix || '%'
                          and h.categories && array['dibao', 'tekun']
                          and extract(year from age(current_date, p.birth_date)) between 6 and 18
                        """).param("prefix", prefix).query(Long.class).single();
    }

    record Person(LocalDate birthDate, String disabilityGrade, boolean head) {}

    static Person person(LocalDate birthDate, String grade, boolean head) {
        return new Person(birthDate, grade, head);
    }

    void household(String village, String categories, Person... members) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        long id = jdbc.sql("""
                        insert into registry.households (number, region_code, address, hukou_type, categories,
                            county_code)
                        values (:number, :village, '慈善测试地址', 'RURAL', cast(:categories as text[]), left(:village, 6))
                        returning id
                        """)
                .param("number", "CT-" + unique.substring(0, 16))
                .param("village", village)
                .param("categories", categories)
                .query(Long.class)
                .single();
        households.add(id);
        for (Person member : members) {
            String index = UUID.randomUUID().toString();
            jdbc.sql("""
                            insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex,
                                birth_date, relationship, head, disability_category, disability_grade, work_ability,
                                county_code)
                            values (:household, '慈善测试', :cipher, :index, '1', :birth, :relationship, :head,
                                    :category, :grade, 'NONE', left(:village, 6))
                            """)
                    .param("household", id)
                    .param("village", village)
                    .param("cipher", index.getBytes())
                    .param("index", index)
                    .param("birth", member.birthDate())
                    .param("relationship", member.head() ? "00" : "20")
                    .param("head", member.head())
                    .param("category", member.disabilityGrade() == null ? null : "4")
                    .param("grade", member.disabilityGrade())
                    .update();
        }
    }
}
