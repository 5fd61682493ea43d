package org.minzheng.eldercare.catalogue;

import org.minzheng.shared.Money;

/** An item of a monthly package and how often it is delivered each month. */
record PackageLine(ServiceItem item, int visitsPerMonth) {

    public Money monthlyPrice() {
        return item.unitPrice().times(visitsPerMonth);
    }
}
