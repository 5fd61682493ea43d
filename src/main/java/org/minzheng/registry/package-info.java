/**
 * 低收入人口: the register of low-income households and their members, with their assistance categories.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "region", "dictionary", "workbench", "workbench :: spi"})
package org.minzheng.registry;
