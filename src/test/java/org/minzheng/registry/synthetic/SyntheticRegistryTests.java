package org.minzheng.registry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;

/** The synthetic registry: valid, unique, reproducible, and shaped like a low-income population. */
class SyntheticRegistryTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final List<RegionCode> BINCHENG = SyntheticRegistry.villagesOf(RegionCode.of("371602"));

    @Test
    void everyIdNumberIsValidUniqueAndTellsTheTruthAboutItsPerson() {
        List<SyntheticHousehold> households = new SyntheticRegistry(7, TODAY)
                .households(BINCHENG)
                .limit(20_000)
                .toList();

        Set<String> seen = new HashSet<>();
        for (SyntheticHousehold household : households) {
            assertThat(household.head().relationship()).isEqualTo("02");
            assertThat(household.members().stream().filter(p -> p.relationship().equals("02")))
                    .hasSize(1);
            for (SyntheticPerson person : household.members()) {
                String id = person.idNumber().value();
                assertThat(IdNumber.isValid(id)).isTrue();
                assertThat(seen.add(id)).as("unique %s", id).isTrue();
                assertThat(id).startsWith(household.village().value().substring(0, 6));
                assertThat(person.idNumber().birthDate())
                        .isEqualTo(person.birthDate())
                        .isBeforeOrEqualTo(TODAY);
                assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(person.male());
            }
        }
    }

    @Test
    void theSameSeedMakesTheSameRegistryAndAnotherSeedAnother() {
        List<SyntheticHousehold> first =
                new SyntheticRegistry(42, TODAY).households(BINCHENG).limit(200).toList();
        List<SyntheticHousehold> again =
                new SyntheticRegistry(42, TODAY).households(BINCHENG).limit(200).toList();
        List<SyntheticHousehold> other =
                new SyntheticRegistry(43, TODAY).households(BINCHENG).limit(200).toList();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void thePopulationLeansOldLivesInSmallHouseholdsAndHasDisabilitiesAndCategories() {
        List<SyntheticHousehold> households = new SyntheticRegistry(11, TODAY)
                .households(BINCHENG)
                .limit(10_000)
                .toList();
        List<SyntheticPerson> persons =
                households.stream().flatMap(h -> h.members().stream()).toList();

        double elderly =
                persons.stream().filter(p -> p.idNumber().ageOn(TODAY) >= 60).count() / (double) persons.size();
        double alone = households.stream().filter(h -> h.members().size() == 1).count() / (double) households.size();
        double disabled =
                persons.stream().filter(p -> p.disabilityGrade() != null).count() / (double) persons.size();
        double dibao = households.stream()
                        .filter(h -> h.categories().contains(HouseholdCategory.DIBAO))
                        .count()
                / (double) households.size();
        double urban = households.stream()
                        .filter(h -> h.hukouType() == HukouType.URBAN)
                        .count()
                / (double) households.size();

        assertThat(elderly).isBetween(0.35, 0.65);
        assertThat(alone).isBetween(0.25, 0.45);
        assertThat(disabled).isBetween(0.12, 0.24);
        assertThat(dibao).isBetween(0.2, 0.7);
        assertThat(urban).as("communities are a third of the villages").isBetween(0.25, 0.42);
        assertThat(persons.size() / (double) households.size()).isBetween(1.8, 2.6);
        assertThat(households.stream().filter(h -> h.categories().contains(HouseholdCategory.TEKUN)))
                .allSatisfy(h -> assertThat(h.members()).hasSize(1));
    }

    @Test
    void anyRegionCanBeFilled() {
        assertThat(SyntheticRegistry.villagesOf(RegionCode.of("371603"))).hasSize(300);
        assertThat(SyntheticRegistry.villagesOf(RegionCode.of("371603004")))
                .hasSize(30)
                .allSatisfy(village -> assertThat(village.value()).startsWith("371603004"));
        assertThat(SyntheticRegistry.villagesOf(RegionCode.of("371603004201")))
                .containsExactly(RegionCode.of("371603004201"));
        assertThatThrownBy(() -> SyntheticRegistry.villagesOf(RegionCode.of("3716")))
                .isInstanceOf(IllegalArgumentException.class);
        SyntheticHousehold zhanhua = new SyntheticRegistry(1, TODAY)
                .households(SyntheticRegistry.villagesOf(RegionCode.of("371603")))
                .findFirst()
                .orElseThrow();
        assertThat(zhanhua.head().idNumber().value()).startsWith("371603");
    }

    @Test
    void theCollectionFileHasTheDocumentedHeadingsAndOneRowPerPerson() {
        List<SyntheticHousehold> households =
                new SyntheticRegistry(5, TODAY).households(BINCHENG).limit(100).toList();
        StringWriter out = new StringWriter();

        long rows = CollectionFile.write(households.stream(), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CollectionFile.HEADINGS));
        assertThat(rows)
                .isEqualTo(
                        households.stream().mapToLong(h -> h.members().size()).sum());
        assertThat(lines).hasSize((int) rows + 1);
        SyntheticHousehold first = households.get(0);
        assertThat(lines.get(1))
                .startsWith(first.key() + "," + first.village().value() + ",")
                .contains("," + first.head().idNumber().value() + ",02,");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(CollectionFile.HEADINGS.size()));
    }
}
