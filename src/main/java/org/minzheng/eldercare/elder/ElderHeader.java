package org.minzheng.eldercare.elder;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/**
 * An elder as other features of the module show them above their own pages, ID number masked.
 *
 * @param region the village or community the elder lives in
 */
public record ElderHeader(
        long id, String name, String maskedIdNumber, LocalDate birthDate, RegionCode region, boolean demo) {}
