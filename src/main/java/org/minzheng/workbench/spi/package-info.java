/** What other modules give the console: menu entries and dashboard tiles. */
@org.springframework.modulith.NamedInterface("spi")
package org.minzheng.workbench.spi;
