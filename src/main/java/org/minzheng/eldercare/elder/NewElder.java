package org.minzheng.eldercare.elder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/** A checked profile ready to store; {@code householdId}/{@code personId} are set when the registry knows the person. */
record NewElder(
        RegionCode region,
        Optional<Long> householdId,
        Optional<Long> personId,
        String name,
        IdNumber idNumber,
        String address,
        LivingSituation livingSituation,
        EconomicCategory economicCategory,
        Optional<Contact> contact,
        List<ConsentPurpose> consents,
        LocalDate consentedOn) {

    record Contact(String name, String relation, PhoneNumber phone) {}
}
