/**
 * 群众端: the citizen pages behind each village's QR code (码上通 policies and self-check, 码上办 applications
 * with status look-up, 码上清 the personal benefit list), readable on a cheap phone without JavaScript and without signing in.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "policy", "region", "assistance", "payment", "notification", "attachment"})
package org.minzheng.portal;
