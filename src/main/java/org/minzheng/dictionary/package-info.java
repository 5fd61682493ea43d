/** 数据字典: administrator-maintained code lists (national standard tables and local lists) that forms, pages and Excel files use. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "workbench :: spi"})
package org.minzheng.dictionary;
