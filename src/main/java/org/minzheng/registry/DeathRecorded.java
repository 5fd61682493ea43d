package org.minzheng.registry;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;
import org.springframework.modulith.events.Externalized;

/**
 * A department reported the death of a registered member of a low-income household (公安, 卫健 or 殡葬
 * through a feed), or corrected the report. The person is named by the register's own ids, never by ID
 * number or name: events are stored as plain JSON in the event registry and on the broker, while the register
 * keeps ID numbers encrypted; a department entitled to know who it was looks the person up through the
 * register, where the reveal is audited. Topic {@code minzheng.registry.death}, keyed by the six-digit county
 * code.
 *
 * @param personId the member in the register
 * @param village where the household is registered
 * @param reportedBy the code of the department that reported it, e.g. {@code public-security}
 */
@Externalized("minzheng.registry.death::#{village().value().substring(0, 6)}")
public record DeathRecorded(
        HouseholdId household, long personId, RegionCode village, LocalDate diedOn, String reportedBy) {}
