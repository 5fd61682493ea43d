package org.minzheng.policy;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** The local standards of social assistance, for the means test of a case. */
public interface AssistanceStandards {

    StandardsInForce inForce(RegionCode village, LocalDate day);
}
