/**
 * 行政区划: the region tree city → county → township → village with official NBS codes, its import
 * from the official division-code files, and its browsing in the console.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "workbench :: spi"})
package org.minzheng.region;
