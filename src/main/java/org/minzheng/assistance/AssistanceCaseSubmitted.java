package org.minzheng.assistance;

import org.minzheng.shared.RegionCode;

/** A case was filed; published through Spring Modulith's event publication registry. */
public record AssistanceCaseSubmitted(CaseNumber number, RegionCode village, Programme programme, Channel channel) {}
