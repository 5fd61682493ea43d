package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    /** The worked example of GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";
    /** Synthetic Binzhou numbers from the domain reference, not real people. */
    private static final String BINCHENG_MAN = "371602199003071236";

    private static final String BINCHENG_GIRL = "371602201506150024";

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertThat(IdNumber.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkChar("37160219900307123")).isEqualTo('6');
        assertThat(IdNumber.checkChar("37160220150615002")).isEqualTo('4');
    }

    @Test
    void checkCharRejectsAnythingButSeventeenDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkChar("3716021990030712"));
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkChar("3716021990030712X"));
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkChar(null));
    }

    @Test
    void readsBirthDateSexAndAreaOfTheStandardsExample() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.areaCode()).isEqualTo("110105");
    }

    @Test
    void readsSyntheticBinzhouNumbers() {
        IdNumber man = IdNumber.parse(BINCHENG_MAN);
        IdNumber girl = IdNumber.parse(BINCHENG_GIRL);

        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(man.areaCode()).isEqualTo("371602");
        assertThat(girl.birthDate()).isEqualTo(LocalDate.of(2015, 6, 15));
        assertThat(girl.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void acceptsLowerCaseX() {
        assertThat(IdNumber.parse("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void acceptsFullWidthDigitsAndSpaces() {
        assertThat(IdNumber.parse("３７１６０２１９９００３０７１２３６").value()).isEqualTo(BINCHENG_MAN);
        assertThat(IdNumber.parse(" 371602 19900307 1236\t").value()).isEqualTo(BINCHENG_MAN);
        assertThat(IdNumber.parse("371602\u300019900307\u30001236").value()).isEqualTo(BINCHENG_MAN);
        assertThat(IdNumber.parse("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void upgradesALegacyFifteenDigitNumber() {
        IdNumber upgraded = IdNumber.parse("110105491231002");

        assertThat(upgraded.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(upgraded.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void acceptsAreaCodesThatNoLongerExist() {
        String formerZhanhuaCounty = "37162419800101001";
        String formerHuiminPrefecture = "37230119750505003";

        assertThat(IdNumber.isValid(formerZhanhuaCounty + IdNumber.checkChar(formerZhanhuaCounty)))
                .isTrue();
        assertThat(IdNumber.isValid(formerHuiminPrefecture + IdNumber.checkChar(formerHuiminPrefecture)))
                .isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void rejectsBlankInput(String raw) {
        assertRejected(raw, InvalidIdNumberException.Reason.BLANK, "idNumber.invalid.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3716021990030712", "3716021990030712361", "37160219900307"})
    void rejectsWrongLength(String raw) {
        assertRejected(raw, InvalidIdNumberException.Reason.LENGTH, "idNumber.invalid.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"37160219900307123A", "3716021990030X1236", "37160219900307-236", "11010549123100X"})
    void rejectsCharactersOtherThanDigitsAndFinalX(String raw) {
        assertRejected(raw, InvalidIdNumberException.Reason.CHARACTERS, "idNumber.invalid.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"371602199013071236", "371602199002301236", "371602189912311236"})
    void rejectsImpossibleBirthDates(String raw) {
        assertRejected(raw, InvalidIdNumberException.Reason.BIRTH_DATE, "idNumber.invalid.birthDate");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertRejected(
                "371602199003071235", InvalidIdNumberException.Reason.CHECK_DIGIT, "idNumber.invalid.checkDigit");
        assertRejected(
                "110105194912310021", InvalidIdNumberException.Reason.CHECK_DIGIT, "idNumber.invalid.checkDigit");
    }

    @Test
    void acceptsTwentyNinthOfFebruaryInLeapYears() {
        IdNumber bornIn2000 = IdNumber.parse(withCheckChar("37160220000229002"));
        IdNumber bornIn1996 = IdNumber.parse(withCheckChar("37160219960229001"));

        assertThat(bornIn2000.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(bornIn1996.birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
    }

    @Test
    void rejectsTwentyNinthOfFebruaryInCommonYears() {
        assertRejected(
                withCheckChar("37160219990229002"),
                InvalidIdNumberException.Reason.BIRTH_DATE,
                "idNumber.invalid.birthDate");
        assertRejected(
                withCheckChar("37160219000229002"),
                InvalidIdNumberException.Reason.BIRTH_DATE,
                "idNumber.invalid.birthDate");
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        assertRejected(
                withCheckChar("37160220990101002"),
                InvalidIdNumberException.Reason.BIRTH_DATE,
                "idNumber.invalid.birthDate");
    }

    @Test
    void judgesTheFutureAgainstTheGivenDay() {
        String bornOnFirstOfJune2025 = withCheckChar("37160220250601002");

        assertThat(IdNumber.parse(bornOnFirstOfJune2025, LocalDate.of(2025, 6, 1))
                        .birthDate())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThatExceptionOfType(InvalidIdNumberException.class)
                .isThrownBy(() -> IdNumber.parse(bornOnFirstOfJune2025, LocalDate.of(2025, 5, 31)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(InvalidIdNumberException.Reason.BIRTH_DATE));
    }

    @Test
    void exceptionMessageNeverContainsTheNumber() {
        assertThatExceptionOfType(InvalidIdNumberException.class)
                .isThrownBy(() -> IdNumber.parse("371602199003071235"))
                .withMessageNotContaining("371602")
                .withMessageNotContaining("1235")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalConstructorRejectsUnnormalisedInput() {
        assertThatExceptionOfType(InvalidIdNumberException.class).isThrownBy(() -> new IdNumber("11010519491231002x"));
        assertThatExceptionOfType(InvalidIdNumberException.class).isThrownBy(() -> new IdNumber("110105491231002"));
    }

    @Test
    void countsAgeInFullYearsOnTheReferenceDate() {
        IdNumber man = IdNumber.parse(BINCHENG_MAN);

        assertThat(man.ageOn(LocalDate.of(2050, 3, 6))).isEqualTo(59);
        assertThat(man.ageOn(LocalDate.of(2050, 3, 7))).isEqualTo(60);
        assertThat(man.ageOn(LocalDate.of(1990, 3, 7))).isZero();
    }

    @Test
    void someoneBornOnTwentyNinthOfFebruaryCompletesAYearOnFirstOfMarchInCommonYears() {
        IdNumber leapling = IdNumber.parse(withCheckChar("37160220000229002"));

        assertThat(leapling.ageOn(LocalDate.of(2016, 2, 28))).isEqualTo(15);
        assertThat(leapling.ageOn(LocalDate.of(2016, 2, 29))).isEqualTo(16);
        assertThat(leapling.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(leapling.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
    }

    @Test
    void ageOnRejectsADateBeforeBirth() {
        IdNumber girl = IdNumber.parse(BINCHENG_GIRL);

        assertThatIllegalArgumentException().isThrownBy(() -> girl.ageOn(LocalDate.of(2015, 6, 14)));
    }

    @Test
    void masksForStaffAndForThePublic() {
        IdNumber man = IdNumber.parse(BINCHENG_MAN);

        assertThat(man.maskedForStaff()).isEqualTo("371602********1236");
        assertThat(man.maskedForPublic()).isEqualTo("3716**********1236");
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        IdNumber man = IdNumber.parse(BINCHENG_MAN);

        assertThat(man.toString()).isEqualTo("371602********1236").doesNotContain("19900307");
    }

    @Test
    void isValidAnswersWithoutThrowing() {
        assertThat(IdNumber.isValid(BINCHENG_GIRL)).isTrue();
        assertThat(IdNumber.isValid("371602201506150025")).isFalse();
        assertThat(IdNumber.isValid(null)).isFalse();
    }

    @Test
    void sexHasGbCodesAndMessageKeys() {
        assertThat(Sex.MALE.gbCode()).isEqualTo("1");
        assertThat(Sex.FEMALE.gbCode()).isEqualTo("2");
        assertThat(Sex.FEMALE.messageKey()).isEqualTo("sex.female");
        assertThat(Sex.ofGbCode("1")).isEqualTo(Sex.MALE);
        assertThatIllegalArgumentException().isThrownBy(() -> Sex.ofGbCode("9"));
    }

    private static String withCheckChar(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    private static void assertRejected(String raw, InvalidIdNumberException.Reason reason, String messageKey) {
        assertThatExceptionOfType(InvalidIdNumberException.class)
                .isThrownBy(() -> IdNumber.parse(raw))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
        assertThat(IdNumber.isValid(raw)).isFalse();
    }
}
