package org.minzheng.rescue.network;

import org.minzheng.shared.RegionCode;

/**
 * The grid-worker list's filters.
 *
 * @param township null for every township in scope
 * @param active null for both
 */
record GridWorkerSearch(RegionCode township, GridDuty duty, Boolean active, String name) {}
