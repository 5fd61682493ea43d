package org.minzheng.eldercare.catalogue;

import org.minzheng.shared.Money;

/** One item of the home-service catalogue, e.g. 助浴 of 60 minutes at 50 yuan a visit. */
record ServiceItem(
        long id, String categoryCode, String name, int standardMinutes, Money unitPrice, boolean illustrative) {}
