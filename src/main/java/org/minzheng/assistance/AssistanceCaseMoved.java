package org.minzheng.assistance;

import org.minzheng.shared.RegionCode;

/**
 * A case took a step of its procedure (accepted, returned, transferred, investigated, put on notice,
 * confirmed, …); {@code step} names it, {@code from} and {@code to} are the statuses around it.
 * Published on every transition, through Spring Modulith's event publication registry.
 */
public record AssistanceCaseMoved(
        CaseNumber number, RegionCode village, Programme programme, CaseStatus from, CaseStatus to, CaseStatus step) {}
