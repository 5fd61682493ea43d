package org.minzheng.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DictionariesTests {

    @Autowired
    Dictionaries dictionaries;

    @Autowired
    DictionaryLabels dict;

    @Autowired
    Validator validator;

    @Autowired
    JdbcTemplate jdbc;

    DictionaryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DictionaryFixtures(jdbc);
    }

    @Test
    void ethnicityListsThe56NationalitiesInStandardOrderThenOtherAndForeignOrigin() {
        List<DictionaryEntry> entries = dictionaries.entries(Dictionaries.ETHNICITY);

        assertThat(entries).hasSize(58);
        assertThat(entries.subList(0, 56))
                .extracting(DictionaryEntry::code)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 56)
                        .mapToObj(n -> String.format("%02d", n))
                        .toList());
        assertThat(entries.get(0)).isEqualTo(new DictionaryEntry("01", "汉族", "Han", 10));
        assertThat(entries.get(55))
                .extracting(DictionaryEntry::labelZh, DictionaryEntry::labelEn)
                .containsExactly("基诺族", "Jino");
        assertThat(entries.subList(56, 58))
                .extracting(DictionaryEntry::code, DictionaryEntry::labelZh)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("97", "其他"),
                        org.assertj.core.groups.Tuple.tuple("98", "外国血统中国籍人士"));
        assertThat(entries).extracting(DictionaryEntry::labelZh).doesNotHaveDuplicates();
        assertThat(entries).extracting(DictionaryEntry::labelEn).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject(
                        "select count(*) from dictionary.entries where dictionary_code = 'ethnicity' and builtin",
                        Integer.class))
                .isEqualTo(58);
    }

    @Test
    void ethnicityLabelsFollowTheStandardInBothLanguages() {
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "05", Locale.SIMPLIFIED_CHINESE))
                .contains("维吾尔族");
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "05", Locale.ENGLISH))
                .contains("Uyghur");
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "46", Locale.ENGLISH))
                .contains("De'ang");
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "23", Locale.CHINA))
                .contains("高山族");
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "38", Locale.US)).contains("Xibe");
    }

    @Test
    void otherStandardTablesAreSeededWithTheirCodes() {
        assertThat(dictionaries.entries(Dictionaries.SEX))
                .extracting(DictionaryEntry::code)
                .containsExactly("0", "1", "2", "9");
        assertThat(dictionaries.label(Dictionaries.SEX, "2", Locale.CHINA)).contains("女性");
        assertThat(dictionaries.entries(Dictionaries.MARITAL_STATUS))
                .extracting(DictionaryEntry::code)
                .containsExactly("10", "20", "21", "22", "23", "30", "40", "90");
        assertThat(dictionaries.entries(Dictionaries.RELATIONSHIP))
                .extracting(DictionaryEntry::code)
                .containsExactly(
                        "01", "02", "10", "11", "12", "20", "30", "40", "50", "51", "52", "60", "70", "80", "99");
        assertThat(dictionaries.label(Dictionaries.RELATIONSHIP, "02", Locale.CHINA))
                .contains("户主");
        assertThat(dictionaries.entries(Dictionaries.DISABILITY_CATEGORY))
                .extracting(DictionaryEntry::labelZh)
                .containsExactly("视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾");
        assertThat(dictionaries.entries(Dictionaries.DISABILITY_GRADE))
                .extracting(DictionaryEntry::code)
                .containsExactly("1", "2", "3", "4");
        assertThat(dictionaries.entries(Dictionaries.HUKOU_TYPE))
                .extracting(DictionaryEntry::labelZh)
                .containsExactly("农业户口", "非农业户口", "居民户口");
        assertThat(dictionaries.entries(Dictionaries.URBAN_RURAL_CLASS))
                .extracting(DictionaryEntry::code)
                .containsExactly("111", "112", "121", "122", "123", "210", "220");
        assertThat(jdbc.queryForList("select code from dictionary.dictionaries where builtin", String.class))
                .contains(
                        Dictionaries.SEX,
                        Dictionaries.MARITAL_STATUS,
                        Dictionaries.ETHNICITY,
                        Dictionaries.RELATIONSHIP,
                        Dictionaries.DISABILITY_CATEGORY,
                        Dictionaries.DISABILITY_GRADE,
                        Dictionaries.HUKOU_TYPE,
                        Dictionaries.URBAN_RURAL_CLASS);
    }

    @Test
    void validCodesAreTheEnabledEntriesOfThatDictionary() {
        assertThat(dictionaries.isValid(Dictionaries.ETHNICITY, "01")).isTrue();
        assertThat(dictionaries.isValid(Dictionaries.ETHNICITY, "57")).isFalse();
        assertThat(dictionaries.isValid(Dictionaries.ETHNICITY, "1")).isFalse();
        assertThat(dictionaries.isValid(Dictionaries.SEX, "01")).isFalse();
        assertThat(dictionaries.isValid("no-such-dictionary", "01")).isFalse();
        assertThat(dictionaries.isValid(Dictionaries.ETHNICITY, null)).isFalse();
    }

    @Test
    void disabledEntryIsNoLongerOfferedButKeepsItsLabel() {
        String code = fixtures.aLocalDictionary();
        jdbc.update("update dictionary.entries set enabled = false where dictionary_code = ? and code = 'B'", code);

        assertThat(dictionaries.entries(code)).extracting(DictionaryEntry::code).containsExactly("A", "C");
        assertThat(dictionaries.isValid(code, "B")).isFalse();
        assertThat(dictionaries.label(code, "B", Locale.CHINA)).contains("乙");
        assertThat(dictionaries.label(code, "B", Locale.ENGLISH)).contains("Beta");
    }

    @Test
    void entriesFollowTheSortOrderNotTheCode() {
        String code = fixtures.aLocalDictionary();
        jdbc.update("update dictionary.entries set sort_order = 5 where dictionary_code = ? and code = 'C'", code);

        assertThat(dictionaries.entries(code)).extracting(DictionaryEntry::code).containsExactly("C", "A", "B");
    }

    @Test
    void unknownDictionaryOrEntryHasNoEntriesAndNoLabel() {
        assertThat(dictionaries.entries("no-such-dictionary")).isEmpty();
        assertThat(dictionaries.entries(null)).isEmpty();
        assertThat(dictionaries.label(Dictionaries.ETHNICITY, "99", Locale.CHINA))
                .isEmpty();
        assertThat(dictionaries.label("no-such-dictionary", "01", Locale.CHINA)).isEmpty();
    }

    @Test
    void templateBeanLabelsInTheCurrentLocaleAndFallsBackToTheCode() {
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(dict.label(Dictionaries.MARITAL_STATUS, "30")).isEqualTo("Widowed");
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(dict.label(Dictionaries.MARITAL_STATUS, "30")).isEqualTo("丧偶");
            assertThat(dict.label(Dictionaries.MARITAL_STATUS, "77")).isEqualTo("77");
            assertThat(dict.label(Dictionaries.MARITAL_STATUS, null)).isEmpty();
            assertThat(dict.entries(Dictionaries.HUKOU_TYPE)).hasSize(3);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void inDictionaryConstraintAcceptsEnabledCodesAndBlank() {
        assertThat(validator.validate(new PersonForm("01"))).isEmpty();
        assertThat(validator.validate(new PersonForm(null))).isEmpty();
        assertThat(validator.validate(new PersonForm(""))).isEmpty();
        assertThat(validator.validate(new PersonForm("57"))).singleElement().satisfies(violation -> assertThat(
                        violation.getPropertyPath().toString())
                .isEqualTo("ethnicity"));
    }

    record PersonForm(@InDictionary(Dictionaries.ETHNICITY) String ethnicity) {}
}
