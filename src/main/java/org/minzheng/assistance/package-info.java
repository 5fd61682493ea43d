/**
 * 社会救助: assistance cases (码上办) for 低保, 特困 and 临时救助 from application through acceptance at
 * the village, township or county tier, with legal deadlines in working days.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "region",
            "notification",
            "attachment",
            "registry",
            "registry :: spi",
            "policy",
            "workbench :: spi"
        })
package org.minzheng.assistance;
