/** What other modules tell the register about a household: the assistance it receives. */
@org.springframework.modulith.NamedInterface("spi")
package org.minzheng.registry.spi;
