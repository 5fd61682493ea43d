package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void acceptsPublishedCodesOfRealOrganisations() {
        assertThat(CreditCode.isValid("9144030071526726XG")).isTrue();
        assertThat(CreditCode.isValid("91330100716105852F")).isTrue();
        assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
    }

    @Test
    void computesTheCheckCharacterModThirtyOne() {
        assertThat(CreditCode.checkChar("914403007152672" + "6X")).isEqualTo('G');
        assertThat(CreditCode.checkChar("523716020000000A1")).isEqualTo('B');
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCode.isValid("9144030071526726XH")).isFalse();
        assertThat(CreditCode.isValid("91110000600037341M")).isFalse();
    }

    @Test
    void refusesLettersOutsideTheAlphabetAndWrongLengths() {
        assertThat(CreditCode.isValid("9144030071526726IG")).as("I is not used").isFalse();
        assertThat(CreditCode.isValid("9144030071526726X")).isFalse();
        assertThat(CreditCode.isValid("9144030071526726XGG")).isFalse();
        assertThat(CreditCode.isValid("")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("<script>"));
    }

    @Test
    void normalisesCaseAndSpacesBeforeChecking() {
        assertThat(CreditCode.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void acceptsACodeWithALetterInTheOrganisationPartAndNormalisesInput() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.normalise(null)).isEmpty();
    }
}
