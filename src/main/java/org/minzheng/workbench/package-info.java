/**
 * 工作台: the console layout, the home dashboard and the navigation that other modules contribute to
 * through {@link org.minzheng.workbench.spi}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.minzheng.workbench;
