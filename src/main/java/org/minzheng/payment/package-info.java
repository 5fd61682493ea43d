/**
 * 资金发放: the monthly payroll of assistance recipients per county, programme and month, the bank
 * disbursement files and return files, the households' bank accounts, and the text message when
 * money arrives. Reads the recipients register through the assistance module's published view.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "region", "notification", "registry", "assistance", "workbench :: spi"
        })
package org.minzheng.payment;
