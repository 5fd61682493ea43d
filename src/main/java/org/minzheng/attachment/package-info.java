/**
 * 附件: documents citizens and staff upload (photos and PDFs), checked by size and sniffed content,
 * kept in a file store behind an SPI and bound to the record they belong to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.minzheng.attachment;
