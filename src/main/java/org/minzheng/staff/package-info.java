/**
 * 用户与权限: staff accounts bound to one region each, roles of {@code module:resource:action}
 * permissions, sign-in with lockout and a TOTP second factor for administrators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "region", "workbench :: spi"})
package org.minzheng.staff;
