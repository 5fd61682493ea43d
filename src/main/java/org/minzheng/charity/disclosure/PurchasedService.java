package org.minzheng.charity.disclosure;

/** A service bought for a project (慈善法 art. 76): the provider, an organisation, is named. */
record PurchasedService(String provider, String contractNumber, long contractFen, long paidFen, String status) {

    public String statusKey() {
        return "charity.disclosure.contract." + status;
    }
}
