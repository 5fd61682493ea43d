/**
 * 居家养老: home-based elderly care beds — elderly profiles linked to the registry, capability assessment
 * (GB/T 42195-2022), home modification, home services by contracted providers and their caregivers,
 * supplies and rentals, and the city supervision centre over the county platforms.
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
package org.minzheng.eldercare;
