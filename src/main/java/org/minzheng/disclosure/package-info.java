/**
 * 公开公示: the public monthly lists of who receives social assistance and how much was paid (码上查), by
 * village, township, county or the whole city, with statistics and the count of their readers. The lists
 * read only the payment module's published view {@code payment.paid_ledger} and show what a public notice
 * may contain (household head's name masked, household size, amount), nothing else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "region", "workbench :: spi"})
package org.minzheng.disclosure;
