package org.minzheng.region.importing;

import org.minzheng.shared.RegionCode;

/** One line of a division-code file, parsed. */
record DivisionRow(int line, RegionCode code, String name, String urbanRuralClass) {}
