/** Where the bytes of uploads live; the file system by default, another blob store by providing a bean. */
@org.springframework.modulith.NamedInterface("spi")
package org.minzheng.attachment.spi;
