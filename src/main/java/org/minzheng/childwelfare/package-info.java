/**
 * 儿童福利: children in the care of the welfare home, their rehabilitation plans and daily therapy sessions,
 * the three funds that pay for rehabilitation (残联 rehabilitation assistance, medical insurance and the
 * 明天计划) allocated under their annual caps, and the monthly supervision by the home and the hospital.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "region",
            "registry",
            "dictionary",
            "attachment",
            "notification",
            "workbench",
            "workbench :: spi"
        })
package org.minzheng.childwelfare;
