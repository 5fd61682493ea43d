/**
 * 审计: the append-only, SM3 hash-chained audit log of logins, account changes, reveals of personal data
 * and every state change of other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "workbench :: spi"})
package org.minzheng.audit;
