/**
 * 群众端: the citizen pages behind each village's QR code (码上通 policies and self-check today; 码上办,
 * 码上查 and 码上清 to come), readable on a cheap phone without JavaScript and without signing in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "policy", "region"})
package org.minzheng.portal;
