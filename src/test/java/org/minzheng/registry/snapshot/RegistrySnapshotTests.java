package org.minzheng.registry.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegistrySnapshotTests {

    @Autowired
    RegistrySnapshot snapshot;

    @Autowired
    JdbcClient jdbc;

    @Test
    void streamsEveryHouseholdOfTheRegionWithAllItsMembersOnce() {
        RegionCode county = RegionCode.of("371602000000");
        List<HouseholdFacts> seen = new ArrayList<>();

        long count = snapshot.forEach(county, seen::add);

        long households = jdbc.sql("select count(*) from registry.households where region_code like '371602%'")
                .query(Long.class)
                .single();
        long persons = jdbc.sql("""
                        select count(*) from registry.persons p join registry.households h on h.id = p.household_id
                        where h.region_code like '371602%'
                        """).query(Long.class).single();
        assertThat(households).isPositive();
        assertThat(count).isEqualTo(households).isEqualTo(seen.size());
        assertThat(seen.stream().mapToLong(h -> h.members().size()).sum()).isEqualTo(persons);
        assertThat(seen).extracting(h -> h.id().value()).isSorted().doesNotHaveDuplicates();
        assertThat(seen).allSatisfy(h -> {
            assertThat(h.village().value()).startsWith("371602");
            assertThat(h.members()).filteredOn(m -> m.head()).hasSize(1);
            assertThat(h.head()).isEqualTo(h.members().get(0));
        });
    }

    @Test
    void readsTheColumnsAsStored() {
        long id = jdbc.sql("select id from registry.households where categories @> '{dibao}' order by id limit 1")
                .query(Long.class)
                .single();
        jdbc.sql("update registry.households set assets_fen = 1234500 where id = :id")
                .param("id", id)
                .update();
        try {
            HouseholdFacts household = snapshot.of(List.of(new HouseholdId(id))).get(0);

            var stored = jdbc.sql("""
                            select h.number, h.hukou_type, p.name, p.birth_date, p.work_ability
                            from registry.households h join registry.persons p on p.household_id = h.id and p.head
                            where h.id = :id
                            """).param("id", id).query().singleRow();
            assertThat(household.number()).isEqualTo(stored.get("number"));
            assertThat(household.hukouType().name()).isEqualTo(stored.get("hukou_type"));
            assertThat(household.assetsFen()).isEqualTo(1_234_500L);
            assertThat(household.categories()).extracting(c -> c.code()).contains("dibao");
            assertThat(household.head().name()).isEqualTo(stored.get("name"));
            assertThat(household.head().birthDate().toString())
                    .isEqualTo(stored.get("birth_date").toString());
            assertThat(household.head().workAbility().name()).isEqualTo(stored.get("work_ability"));
        } finally {
            jdbc.sql("update registry.households set assets_fen = null where id = :id")
                    .param("id", id)
                    .update();
        }
    }

    @Test
    void unknownHouseholdsAreLeftOut() {
        assertThat(snapshot.of(List.of(new HouseholdId(-5)))).isEmpty();
        assertThat(snapshot.of(List.of())).isEmpty();
    }
}
