package org.minzheng.policy.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.policy.rule.Attribute;
import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.RuleReading;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a warning was raised, in the words the village assistant reads: the rule read aloud and the
 * figures it read, e.g. 「…高于20000。依据：家庭近12个月医疗自付费用（元）：23500；家庭类别：低保家庭」.
 * Always Chinese, whoever started the run: warnings are worked on at the village tier. The facts hold no
 * ID numbers or names, so neither does the reason.
 */
@Component
class WarningReasons {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final RuleReading reading;
    private final MessageSource messages;

    WarningReasons(RuleReading reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    /** The rule in Chinese words, once per rule and run. */
    String reading(CompiledRule rule) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(CHINESE);
        try {
            return reading.describe(rule);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    /** The reason for one warning: the reading and the known values of the attributes the rule read. */
    String reason(String reading, CompiledRule rule, Map<String, Object> facts) {
        List<String> figures = new ArrayList<>();
        for (Attribute attribute : rule.attributes()) {
            Object value = attribute.path().equals(AttributeSchema.DIBAO) ? dibao(facts) : facts.get(attribute.path());
            if (value != null) {
                figures.add(messages.getMessage(
                        "monitoringRule.reason.figure",
                        new Object[] {label(attribute), shown(attribute, value)},
                        CHINESE));
            }
        }
        String separator = messages.getMessage("monitoringRule.reason.separator", null, CHINESE);
        return figures.isEmpty()
                ? messages.getMessage("monitoringRule.reason.plain", new Object[] {reading}, CHINESE)
                : messages.getMessage(
                        "monitoringRule.reason", new Object[] {reading, String.join(separator, figures)}, CHINESE);
    }

    /** The standard {@code local.dibao} stands for: the rural or urban one, by the hukou. */
    private static Object dibao(Map<String, Object> facts) {
        Object given = facts.get(AttributeSchema.DIBAO);
        if (given != null) {
            return given;
        }
        Object hukou = facts.get("person.hukou");
        return hukou == null ? null : facts.get("rural".equals(hukou) ? "local.dibao_rural" : "local.dibao_urban");
    }

    private String label(Attribute attribute) {
        return messages.getMessage(attribute.labelKey() + ".short", null, attribute.path(), CHINESE);
    }

    private String shown(Attribute attribute, Object value) {
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "rule.reading.true" : "rule.reading.false", null, CHINESE);
        }
        if (value instanceof List<?> list) {
            List<String> options = list.stream()
                    .map(item -> option(attribute, item.toString()))
                    .toList();
            return options.isEmpty()
                    ? messages.getMessage("monitoringRule.reason.none", null, CHINESE)
                    : String.join(messages.getMessage("rule.reading.separator", null, CHINESE), options);
        }
        if (value instanceof String text) {
            return option(attribute, text);
        }
        if (value instanceof Double number) {
            // per-capita figures divide: two decimals are what a clerk compares with a standard
            return BigDecimal.valueOf(number)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return value.toString();
    }

    private String option(Attribute attribute, String value) {
        return attribute.options().contains(value)
                ? messages.getMessage(attribute.optionKey(value), null, value, CHINESE)
                : value;
    }
}
