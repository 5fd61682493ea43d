package org.minzheng.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.registry.household.HouseholdFixtures.LIZE_VILLAGE;
import static org.minzheng.registry.household.HouseholdFixtures.aCoupleIn;
import static org.minzheng.registry.household.HouseholdFixtures.freshIdNumber;
import static org.minzheng.shared.PartitionedTables.ZHANHUA_VILLAGE;
import static org.minzheng.shared.PartitionedTables.addZhanhuaVillage;
import static org.minzheng.shared.PartitionedTables.assertPartitionedByCounty;
import static org.minzheng.shared.PartitionedTables.partitionsOf;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.shared.PartitionedTables;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and persons are hash-partitioned by county, a county's or township's household list reads one
 * partition of each, and the rows about a household follow its county. Every test rolls back.
 */
@IntegrationTest
@Transactional
class RegistryPartitionTests {

    private static final HouseholdSearch EVERYTHING = new HouseholdSearch("", null, List.of(), "", "");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Households households;

    @BeforeEach
    void aVillageInAnotherCounty() {
        addZhanhuaVillage(jdbc);
    }

    @Test
    void householdsAndPersonsAreHashPartitionedByCountyIntoEightPartitions() {
        for (String table : List.of("households", "persons")) {
            assertPartitionedByCounty(jdbc, "registry", table);
        }
    }

    @Test
    void countyTownshipAndVillageListsReadOnePartitionOfEachTable() {
        for (String region : List.of("371602", "371602005", "371602005001")) {
            var query = new HouseholdListQuery(EVERYTHING, scope(region));
            String page = plan(query.pageSql(), query);
            assertThat(partitionsOf("households", page))
                    .as("households of %s", region)
                    .hasSize(1);
            assertThat(partitionsOf("persons", page))
                    .as("persons of %s", region)
                    .hasSize(1);
            var named = new HouseholdListQuery(new HouseholdSearch("张", null, List.of(), "", ""), scope(region));
            String count = plan(named.countSql(), named);
            assertThat(partitionsOf("households", count))
                    .as("count of a name search in %s", region)
                    .hasSize(1);
            assertThat(partitionsOf("persons", count))
                    .as("heads searched in %s", region)
                    .hasSize(1);
        }
    }

    @Test
    void cityWideListReadsEveryPartitionUnlessFilteredToAVillage() {
        var city = scope("3716");
        var everything = new HouseholdListQuery(EVERYTHING, city);
        assertThat(partitionsOf("households", plan(everything.pageSql(), everything)))
                .hasSize(8);

        var oneVillage = new HouseholdSearch("", null, List.of(), "", ZHANHUA_VILLAGE.value());
        var narrowed = new HouseholdListQuery(oneVillage, city);
        assertThat(partitionsOf("households", plan(narrowed.pageSql(), narrowed)))
                .hasSize(1);
    }

    @Test
    void theTotalOfAListWithoutTextSearchIsTakenFromTheVillagesFigures() {
        var query = new HouseholdListQuery(new HouseholdSearch("", null, List.of(), "dibao", ""), scope("3716"));
        String count = plan(query.countSql(), query);
        assertThat(count).contains("household_counts");
        assertThat(partitionsOf("households", count)).isEmpty();
    }

    @Test
    void newHouseholdsTheirMembersAndCategoryPeriodsAreFiledUnderTheirCounty() {
        HouseholdId bincheng = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        HouseholdId zhanhua = households.register(aCoupleIn(ZHANHUA_VILLAGE, freshIdNumber(), freshIdNumber()));

        assertThat(countiesOf(bincheng)).containsExactly("371602");
        assertThat(countiesOf(zhanhua)).containsExactly("371603");
        assertThat(jdbc.sql("select tableoid::regclass::text from registry.households where id = :id")
                        .param("id", zhanhua.value())
                        .query(String.class)
                        .single())
                .matches("registry\\.households_p\\d");
    }

    @Test
    void aHouseholdMovedToAnotherCountyTakesItsRowsAlong() {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));

        jdbc.sql("""
                        update registry.households set region_code = :village, county_code = left(:village, 6)
                        where id = :id
                        """)
                .param("village", ZHANHUA_VILLAGE.value())
                .param("id", id.value())
                .update();

        assertThat(countiesOf(id)).containsExactly("371603");
    }

    @Test
    void anIdNumberStaysUniqueAcrossCounties() {
        HouseholdId bincheng = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        HouseholdId zhanhua = households.register(aCoupleIn(ZHANHUA_VILLAGE, freshIdNumber(), freshIdNumber()));
        String registeredInBincheng = jdbc.sql(
                        "select id_number_index from registry.persons where household_id = :id and head")
                .param("id", bincheng.value())
                .query(String.class)
                .single();

        // The service refuses such a person before writing; this is the database's guard behind it, for two
        // clerks registering the same person in two counties at once.
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex,
                                    birth_date, relationship, work_ability, county_code)
                                values (:household, '重复的人', '\\x00', :index, '1', date '1980-01-01', '70', 'FULL', '371603')
                                """)
                        .param("household", zhanhua.value())
                        .param("index", registeredInBincheng)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    /** The counties of the household, its members, their ID numbers and its category periods. */
    private TreeSet<String> countiesOf(HouseholdId id) {
        return new TreeSet<>(
                jdbc.sql("""
                        select county_code from registry.households where id = :id
                        union all select county_code from registry.persons where household_id = :id
                        union all select n.county_code from registry.person_id_numbers n
                                  join registry.persons p on p.id = n.person_id where p.household_id = :id
                        union all select county_code from registry.category_periods where household_id = :id
                        """).param("id", id.value()).query(String.class).list());
    }

    private static DataScope scope(String region) {
        return new DataScope(RegionCode.of(region));
    }

    private String plan(String sql, HouseholdListQuery query) {
        return PartitionedTables.plan(jdbc, sql, query.params());
    }
}
