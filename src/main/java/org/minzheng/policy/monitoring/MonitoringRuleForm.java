package org.minzheng.policy.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.shared.validation.PlainText;

/**
 * 新增/修改监测规则. The code is the rule's identity and is entered only when it is created; an edit needs a
 * change note instead, because it becomes a new version. The rule is not plain text (it holds {@code <}
 * and {@code >}); the rule compiler checks it. The level and the days are bound as text and checked by
 * pattern: a value that does not convert must come back to the form as typed, with its message.
 *
 * @param daysToAct 1 to 365
 * @param baseVersion the version the editor started from, so that a later edit by someone else is noticed
 */
record MonitoringRuleForm(
        @NotBlank(groups = New.class)
        @Pattern(regexp = "|[A-Z][A-Z0-9-]{1,19}", message = "{monitoringRule.validation.code}", groups = New.class)
        String code,

        @NotBlank @Size(max = 60, message = "{monitoringRule.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank(message = "{monitoringRule.validation.choose}")
        @Pattern(regexp = "|RED|ORANGE|YELLOW", message = "{monitoringRule.validation.choose}")
        String level,

        @NotBlank(message = "{monitoringRule.validation.days}")
        @Pattern(
                regexp = "|[1-9][0-9]?|[1-2][0-9][0-9]|3[0-5][0-9]|36[0-5]",
                message = "{monitoringRule.validation.days}")
        String daysToAct,

        Boolean stopPayment,

        @NotBlank @Size(max = 2000, message = "{monitoringRule.validation.tooLong}")
        String rule,

        @Size(max = 500, message = "{monitoringRule.validation.tooLong}") @PlainText
        String note,

        @NotBlank(groups = Edit.class)
        @Size(max = 200, message = "{monitoringRule.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String changeNote,

        Integer baseVersion) {

    /** Checks that apply only when a rule is created. */
    interface New {}

    /** Checks that apply only when a rule is edited. */
    interface Edit {}

    MonitoringRuleForm {
        code = strip(code);
        name = strip(name);
        level = strip(level);
        daysToAct = strip(daysToAct);
        // an unticked checkbox sends nothing
        stopPayment = Boolean.TRUE.equals(stopPayment);
        // browsers send CRLF; positions in rule messages count lines as the editor shows them
        rule = strip(rule).replace("\r\n", "\n");
        note = strip(note);
        changeNote = strip(changeNote);
    }

    static MonitoringRuleForm empty() {
        return new MonitoringRuleForm("", "", "", "15", false, "", "", "", null);
    }

    /** The form of an edit, filled with the version it starts from. */
    static MonitoringRuleForm of(MonitoringRule rule) {
        RuleSettings settings = rule.settings();
        return new MonitoringRuleForm(
                rule.code(),
                settings.name(),
                settings.level().name(),
                Integer.toString(settings.daysToAct()),
                settings.stopPayment(),
                settings.rule(),
                settings.note() == null ? "" : settings.note(),
                "",
                rule.version());
    }

    /** What the form says; only for a form that passed validation. */
    RuleSettings settings() {
        return new RuleSettings(
                name,
                WarningLevel.valueOf(level),
                Integer.parseInt(daysToAct),
                stopPayment,
                rule,
                note.isEmpty() ? null : note);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
