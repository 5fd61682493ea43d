package org.minzheng.policy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class RuleReadingTests {

    final RuleCompiler compiler = new RuleCompiler();
    final RuleReading reading = new RuleReading(compiler, messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void readsTheDibaoRuleInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(
                        reading.describe(
                                "household.income_per_capita < local.dibao && household.assets_per_capita <= local.asset_limit"))
                .isEqualTo("家庭人均月收入（元）低于当地低保标准（按户口类型，元/人·月），并且家庭人均财产（元）不超过人均财产限额");
    }

    @Test
    void bracketsAnOrInsideAnAnd() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(reading.describe("person.age >= 60 && ('dibao' in household.categories || person.orphan)"))
                .isEqualTo("年龄不低于60，并且（家庭类别包括「低保家庭」，或者孤儿）");
    }

    @Test
    void namesOptionsAndMultiples() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(reading.describe("person.disability_category in ['intellectual', 'mental']"
                        + " && household.income_per_capita < 1.5 * local.dibao && !person.able_supporter"))
                .isEqualTo("残疾类别是「智力残疾」、「精神残疾」之一，并且家庭人均月收入（元）低于1.5×当地低保标准（按户口类型，元/人·月），" + "并且并非“有有能力的法定赡养抚养人”");
    }

    @Test
    void readsInEnglishToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(reading.describe("person.hukou == 'rural' && person.age >= 60"))
                .isEqualTo("Hukou type is \"Rural\", and Age is at least 60");
    }

    @Test
    void noReadingForABrokenRule() {
        assertThat(reading.describe("person.agee > 1")).isNull();
        assertThat(reading.describe((String) null)).isNull();
    }

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/policy-rules");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
