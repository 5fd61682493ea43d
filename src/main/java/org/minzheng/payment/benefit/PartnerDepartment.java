package org.minzheng.payment.benefit;

/** The department whose API key came with a request: the principal of the partner API. */
record PartnerDepartment(String code) {

    static final String AUTHORITY = "PARTNER_API";
}
