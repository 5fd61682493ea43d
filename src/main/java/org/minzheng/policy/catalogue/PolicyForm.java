package org.minzheng.policy.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 新增/修改政策. Code and department are the policy's identity and are entered only when it is created;
 * an edit needs a change note instead, because it becomes a new version. The rule is not plain text (it
 * holds {@code <} and {@code >}); the rule compiler checks it.
 *
 * @param baseVersion the version the editor started from, so that a later edit by someone else is noticed
 */
record PolicyForm(
        @NotBlank(groups = New.class)
        @Pattern(regexp = "|[A-Z][A-Z0-9-]{1,19}", message = "{policy.validation.code}", groups = New.class)
        String code,

        @NotBlank(groups = New.class) String department,

        @NotBlank @Size(max = 80, message = "{policy.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String name,

        @NotNull(message = "{policy.validation.choose}") PolicyCategory category,
        @NotNull(message = "{policy.validation.choose}") TargetGroup targetGroup,

        @NotBlank @Size(max = 2000, message = "{policy.validation.tooLong}") @PlainText
        String conditions,

        @NotBlank @Size(max = 2000, message = "{policy.validation.tooLong}") @PlainText
        String standard,

        @NotBlank @Size(max = 2000, message = "{policy.validation.tooLong}") @PlainText
        String howToApply,

        @NotBlank @Size(max = 200, message = "{policy.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String whereToApply,

        @NotBlank @Size(max = 30, message = "{policy.validation.tooLong}") @ServicePhone
        String phone,

        @NotBlank @Size(max = 1000, message = "{policy.validation.tooLong}") @PlainText
        String legalBasis,

        @NotNull(message = "{policy.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveUntil,

        @Size(max = 2000, message = "{policy.validation.tooLong}")
        String rule,

        @NotBlank(groups = Edit.class)
        @Size(max = 200, message = "{policy.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String changeNote,

        Integer baseVersion) {

    /** Checks that apply only when a policy is created. */
    interface New {}

    /** Checks that apply only when a policy is edited. */
    interface Edit {}

    PolicyForm {
        code = strip(code);
        department = strip(department);
        name = strip(name);
        conditions = strip(conditions);
        standard = strip(standard);
        howToApply = strip(howToApply);
        whereToApply = strip(whereToApply);
        phone = strip(phone);
        legalBasis = strip(legalBasis);
        // browsers send CRLF; positions in rule messages count lines as the editor shows them
        rule = rule == null || rule.isBlank() ? null : rule.strip().replace("\r\n", "\n");
        changeNote = strip(changeNote);
    }

    static PolicyForm empty(LocalDate effectiveFrom) {
        return new PolicyForm("", "", "", null, null, "", "", "", "", "", "", effectiveFrom, null, null, "", null);
    }

    /** The form of an edit, filled with the version it starts from. */
    static PolicyForm of(PolicyVersion version) {
        PolicyContent content = version.content();
        return new PolicyForm(
                version.code(),
                version.department().code(),
                content.name(),
                content.category(),
                content.targetGroup(),
                content.conditions(),
                content.standard(),
                content.howToApply(),
                content.whereToApply(),
                content.phone(),
                content.legalBasis(),
                content.effectiveFrom(),
                content.effectiveUntil(),
                content.rule(),
                "",
                version.version());
    }

    PolicyContent content() {
        return new PolicyContent(
                name,
                category,
                targetGroup,
                conditions,
                standard,
                howToApply,
                whereToApply,
                phone,
                legalBasis,
                effectiveFrom,
                effectiveUntil,
                rule);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
