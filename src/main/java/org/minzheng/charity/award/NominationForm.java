package org.minzheng.charity.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * A nomination as staff enter it. The category decides the rest: an enterprise may name a donor, a project must
 * name a visible project (whose name is the nominee when none is typed), a person carries the consent to publish.
 */
record NominationForm(
        @NotBlank(message = "{charity.award.validation.category}")
        String category,

        @Size(max = 100, message = "{charity.award.validation.nomineeTooLong}") @PlainText(allowLineBreaks = false)
        String nominee,

        Long donorId,

        Long projectId,

        @NotBlank(message = "{charity.award.validation.deeds}")
        @Size(max = 2000, message = "{charity.award.validation.deedsTooLong}")
        @PlainText
        String deeds,

        Boolean publishConsent) {

    static NominationForm of(AwardCategory category) {
        return new NominationForm(category.name(), "", null, null, "", false);
    }

    String nomineeOrNull() {
        return nominee == null || nominee.isBlank() ? null : nominee.strip();
    }
}
