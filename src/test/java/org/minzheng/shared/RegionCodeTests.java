package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    private static final RegionCode SHANDONG = RegionCode.of("37");
    private static final RegionCode BINZHOU = RegionCode.of("3716");
    private static final RegionCode BINCHENG = RegionCode.of("371602");
    private static final RegionCode PENGLI_STREET = RegionCode.of("371602005");

    @ParameterizedTest
    @CsvSource({
        "37, 370000000000, PROVINCE, 37",
        "3716, 371600000000, CITY, 3716",
        "371602, 371602000000, COUNTY, 371602",
        "371602005, 371602005000, TOWNSHIP, 371602005",
        "371602005001, 371602005001, VILLAGE, 371602005001",
        "371603400000, 371603400000, TOWNSHIP, 371603400",
    })
    void padsShortFormsAndDerivesLevelFromTrailingZeros(
            String input, String value, RegionLevel level, String significantDigits) {
        RegionCode code = RegionCode.of(input);

        assertThat(code.value()).isEqualTo(value);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.significantDigits()).isEqualTo(significantDigits);
        assertThat(code).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "371", "37160", "3716020", "37160200", "3716020050", "3716020050011", "3716O2", "00"})
    void rejectsLengthsOtherThanTheFiveLevelsAndNonDigits(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(input));
        assertThat(RegionCode.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingCode(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(input));
        assertThat(RegionCode.isValid(input)).isFalse();
    }

    @Test
    void errorMessageDoesNotRepeatTheInputWhichMayBeAnIdNumberInTheWrongField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionCode.of("371602199003071236"))
                .withMessageNotContaining("371602199003071236");
    }

    @Test
    void canonicalConstructorRejectsShortForms() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("3716"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("000000000000"));
    }

    @Test
    void parentClimbsOneLevelAtATime() {
        RegionCode village = RegionCode.of("371602005001");

        assertThat(village.parent()).contains(PENGLI_STREET);
        assertThat(PENGLI_STREET.parent()).contains(BINCHENG);
        assertThat(BINCHENG.parent()).contains(BINZHOU);
        assertThat(BINZHOU.parent()).contains(SHANDONG);
        assertThat(SHANDONG.parent()).isEmpty();
    }

    @Test
    void parentOfTownshipDirectlyUnderCityIsTheCity() {
        RegionCode dongguanTownship = RegionCode.of("441900003");

        assertThat(dongguanTownship.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(dongguanTownship.parent()).contains(RegionCode.of("4419"));
    }

    @Test
    void containsItsWholeSubtreeInclusively() {
        assertThat(BINZHOU.contains(BINZHOU)).isTrue();
        assertThat(BINZHOU.contains(BINCHENG)).isTrue();
        assertThat(BINZHOU.contains(RegionCode.of("371602005001"))).isTrue();
        assertThat(SHANDONG.contains(PENGLI_STREET)).isTrue();
    }

    @Test
    void doesNotContainSiblingsOrAncestors() {
        assertThat(BINCHENG.contains(RegionCode.of("371603"))).isFalse();
        assertThat(BINCHENG.contains(BINZHOU)).isFalse();
        assertThat(BINZHOU.contains(RegionCode.of("3717"))).isFalse();
        assertThat(BINZHOU.contains(null)).isFalse();
    }

    @Test
    void ancestorAtCutsToTheRequestedLevel() {
        RegionCode village = RegionCode.of("371602005001");

        assertThat(village.ancestorAt(RegionLevel.COUNTY)).isEqualTo(BINCHENG);
        assertThat(village.ancestorAt(RegionLevel.CITY)).isEqualTo(BINZHOU);
        assertThat(village.ancestorAt(RegionLevel.VILLAGE)).isEqualTo(village);
    }

    @Test
    void ancestorAtRejectsALevelDeeperThanTheCodeItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> BINCHENG.ancestorAt(RegionLevel.TOWNSHIP));
    }

    @Test
    void levelsKnowTheirDepthAndMessageKey() {
        assertThat(RegionLevel.PROVINCE.depth()).isEqualTo(1);
        assertThat(RegionLevel.VILLAGE.depth()).isEqualTo(5);
        assertThat(RegionLevel.CITY.messageKey()).isEqualTo("region.level.city");
        assertThat(RegionLevel.TOWNSHIP.messageKey()).isEqualTo("region.level.township");
    }
}
