package org.minzheng.charity.donation;

/** A city or county general fund the staff member may open, for the page's choice. */
record FundRegion(String code, String name) {}
