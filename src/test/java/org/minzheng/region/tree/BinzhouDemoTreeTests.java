package org.minzheng.region.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BinzhouDemoTreeTests {

    @Autowired
    RegionRepository regions;

    @Test
    void binzhouHasSevenCountyLevelDivisionsAndNinetyOneTownships() {
        Map<RegionLevel, Long> counts = regions.countBelow(RegionCode.of("3716"));
        assertThat(counts.get(RegionLevel.COUNTY)).isEqualTo(7);
        assertThat(counts.get(RegionLevel.TOWNSHIP)).isEqualTo(91);
    }

    @Test
    void binchengHasThreeHundredEightyVillagesAllMarkedDemo() {
        RegionCode bincheng = RegionCode.of("371602");
        assertThat(regions.countBelow(bincheng).get(RegionLevel.VILLAGE)).isEqualTo(380);
        assertThat(regions.countDemo(bincheng)).isEqualTo(380);
        assertThat(regions.countDemo(RegionCode.of("371603"))).isZero();
    }

    @Test
    void realVillageNamesFromPublicSourcesSitInTheirTownships() {
        assertThat(regions.subtree(RegionCode.of("371602012")))
                .extracting(r -> r.name())
                .contains("里则街村委会", "红和新村村委会");
    }

    @Test
    void pathRunsFromTheCityDownToTheVillage() {
        assertThat(regions.path(RegionCode.of("371602005001")))
                .extracting(r -> r.code().value())
                .containsExactly("371600000000", "371602000000", "371602005000", "371602005001");
    }
}
