/**
 * 行政区划: the region tree city → county → township → village with official NBS codes, its import
 * from the official division-code files, its browsing in the console, and each village's QR code
 * poster leading to the citizen portal, with the count of its scans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "workbench :: spi"})
package org.minzheng.region;
