package org.minzheng.region.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minzheng.shared.RegionLevel;

class DemoVillagesTests {

    @Test
    void binchengGetsThreeHundredEightyVillagesWithDistinctCodes() {
        var villages = DemoVillages.generate();
        assertThat(villages).hasSize(380);
        assertThat(villages.stream().map(v -> v.code().value()).distinct()).hasSize(380);
        assertThat(villages).allSatisfy(v -> {
            assertThat(v.code().level()).isEqualTo(RegionLevel.VILLAGE);
            assertThat(v.code().value()).startsWith("371602");
        });
    }

    @Test
    void codesFollowTheNbsRangesForCommunitiesAndVillages() {
        assertThat(DemoVillages.generate()).allSatisfy(v -> {
            int serial = Integer.parseInt(v.code().value().substring(9));
            if (v.name().endsWith("社区居委会")) {
                assertThat(serial).isBetween(1, 199);
            } else {
                assertThat(serial).isBetween(200, 399);
            }
        });
    }

    @Test
    void namesAreUniqueWithinEachTownship() {
        var byTownship = DemoVillages.generate().stream()
                .collect(Collectors.groupingBy(v -> v.code().value().substring(0, 9)));
        byTownship.values().forEach(list -> assertThat(
                        list.stream().map(v -> v.name()).distinct())
                .hasSameSizeAs(list));
        assertThat(byTownship).hasSize(15);
    }
}
