package org.minzheng.payment;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;

/**
 * 码上清: a citizen's personal benefit list (幸福清单), every benefit of the household from civil affairs and
 * the benefits other departments (医保, 人社, 残联 …) reported for the person, for the citizen portal.
 */
public interface BenefitList {

    /**
     * The citizen with this ID number, when the phone is one on record for them: the applicant's phone of a
     * civil-affairs recipient household they belong to in the low-income register, or the phone a department
     * gave with their records. Empty otherwise; callers must answer both cases alike, so that nobody learns
     * from the portal who is registered.
     */
    Optional<BenefitHolder> holder(IdNumber idNumber, PhoneNumber phone);

    /** The holder's list as of {@code today}: paid months, amounts, the next pay day and whom to call. */
    BenefitOverview overview(BenefitHolder holder, LocalDate today);
}
