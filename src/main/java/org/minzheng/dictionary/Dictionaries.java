package org.minzheng.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The code lists administrators maintain (数据字典), for other modules. Store the entry code in your
 * records and validate it here; show its label in the visitor's language. What code branches on
 * belongs in an enum instead, since administrators can rename, reorder and disable entries.
 *
 * <p>Templates use the bean {@code dict} ({@link DictionaryLabels}), in the current locale:
 *
 * <pre>{@code
 * <select th:field="*{ethnicity}">
 *   <option th:each="e : ${@dict.entries('ethnicity')}" th:value="${e.code()}" th:text="${e.label(#locale)}">汉族</option>
 * </select>
 * <td th:text="${@dict.label('ethnicity', person.ethnicity())}">汉族</td>
 * }</pre>
 *
 * <p>Forms validate a field with {@link InDictionary @InDictionary("ethnicity")}.
 */
public interface Dictionaries {

    /** 性别, GB/T 2261.1. */
    String SEX = "sex";

    /** 婚姻状况, GB/T 2261.2. */
    String MARITAL_STATUS = "marital-status";

    /** 民族, GB/T 3304. */
    String ETHNICITY = "ethnicity";

    /** 与户主关系 (家庭关系), GB/T 4761. */
    String RELATIONSHIP = "relationship";

    /** 残疾类别, GB/T 26341. */
    String DISABILITY_CATEGORY = "disability-category";

    /** 残疾等级, GB/T 26341; 1 is the most severe. */
    String DISABILITY_GRADE = "disability-grade";

    /** 户口性质: 农业, 非农业, 居民. */
    String HUKOU_TYPE = "hukou-type";

    /** 城乡分类代码 of the NBS division codes. */
    String URBAN_RURAL_CLASS = "urban-rural-class";

    /** The enabled entries of a dictionary in display order; empty for an unknown dictionary. */
    List<DictionaryEntry> entries(String dictionaryCode);

    /**
     * The label of an entry in {@code locale}, also for a disabled entry, so that records made before
     * it was disabled still read well. Empty for an unknown dictionary or entry.
     */
    Optional<String> label(String dictionaryCode, String entryCode, Locale locale);

    /** Whether a form may store {@code entryCode}: it exists in the dictionary and is enabled. */
    boolean isValid(String dictionaryCode, String entryCode);

    /** Whether labels are shown in English for {@code locale}; Chinese is the default. */
    static boolean isEnglish(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
