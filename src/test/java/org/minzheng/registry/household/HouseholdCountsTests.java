package org.minzheng.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.registry.household.HouseholdFixtures.LIZE_VILLAGE;
import static org.minzheng.registry.household.HouseholdFixtures.aCoupleIn;
import static org.minzheng.registry.household.HouseholdFixtures.freshIdNumber;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the household list takes its totals from (registry.household_counts) stay equal to counting the
 * households, whatever a statement does to them. Every test rolls back.
 */
@IntegrationTest
@Transactional
class HouseholdCountsTests {

    private static final DataScope CITY = new DataScope(RegionCode.of("3716"));
    private static final RegionCode OTHER_LIZE_VILLAGE = RegionCode.of("371602012202");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Households households;

    @Autowired
    HouseholdRepository repository;

    @Test
    void theDemoRegisterIsCountedFromTheStart() {
        assertThat(differences()).isZero();
        assertThat(total("", CITY))
                .isEqualTo(jdbc.sql("select count(*) from registry.households")
                        .query(Long.class)
                        .single());
    }

    @Test
    void registeringRecategorisingMovingAndDeletingKeepTheFiguresTrue() {
        long dibaoBefore = total("dibao", village(LIZE_VILLAGE));
        HouseholdId first = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        HouseholdId second = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        assertThat(total("dibao", village(LIZE_VILLAGE))).isEqualTo(dibaoBefore + 2);
        assertThat(differences()).isZero();

        long version = households.find(first, CITY).orElseThrow().version();
        households.setCategories(first, version, Set.of(HouseholdCategory.TEKUN), "测试：改为特困");
        assertThat(total("dibao", village(LIZE_VILLAGE))).isEqualTo(dibaoBefore + 1);
        assertThat(differences()).isZero();

        long otherBefore = total("", village(OTHER_LIZE_VILLAGE));
        jdbc.sql("update registry.households set region_code = :village where id = :id")
                .param("village", OTHER_LIZE_VILLAGE.value())
                .param("id", second.value())
                .update();
        assertThat(total("", village(OTHER_LIZE_VILLAGE))).isEqualTo(otherBefore + 1);
        assertThat(differences()).isZero();

        jdbc.sql("delete from registry.households where id = any(cast(:ids as bigint[]))")
                .param("ids", new Long[] {first.value(), second.value()})
                .update();
        assertThat(total("dibao", village(LIZE_VILLAGE))).isEqualTo(dibaoBefore);
        assertThat(total("", village(OTHER_LIZE_VILLAGE))).isEqualTo(otherBefore);
        assertThat(differences()).isZero();
    }

    @Test
    void anUpdateThatMovesNothingWritesNoFigure() {
        households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        long before = jdbc.sql("select n_tup_upd + n_tup_ins from pg_stat_xact_user_tables "
                        + "where relid = cast('registry.household_counts' as regclass)")
                .query(Long.class)
                .single();

        jdbc.sql("update registry.households set version = version + 1, updated_at = now()")
                .update();

        assertThat(jdbc.sql("select n_tup_upd + n_tup_ins from pg_stat_xact_user_tables "
                                + "where relid = cast('registry.household_counts' as regclass)")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(differences()).isZero();
    }

    @Test
    void emptyingTheRegisterEmptiesTheFigures() {
        jdbc.sql("truncate registry.households cascade").update();

        assertThat(total("", CITY)).isZero();
        assertThat(differences()).isZero();
    }

    @Test
    void theListsTotalIsTheCountOfWhatItLists() {
        households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        for (String category : List.of("", "dibao", "tekun")) {
            var search = new HouseholdSearch("", null, List.of(), category, "");
            assertThat(repository.count(search, CITY))
                    .as("total of category '%s'", category)
                    .isEqualTo(repository.search(search, CITY, 100_000, 0).size());
        }
    }

    /** The list's total of one category ('' for all) in a scope. */
    private long total(String category, DataScope scope) {
        return repository.count(new HouseholdSearch("", null, List.of(), category, ""), scope);
    }

    private static DataScope village(RegionCode village) {
        return new DataScope(village);
    }

    /** How many (village, category) figures differ from counting the households now. */
    private long differences() {
        return jdbc.sql("""
                        with counted as (
                            select h.region_code, k.category, count(*) as households
                            from registry.households h
                            cross join lateral (select distinct x from unnest(h.categories || ''::text) as x)
                                as k (category)
                            group by 1, 2),
                        kept as (select region_code, category, households from registry.household_counts
                                 where households <> 0)
                        select count(*) from ((table counted except table kept) union all
                                              (table kept except table counted)) as different
                        """).query(Long.class).single();
    }
}
