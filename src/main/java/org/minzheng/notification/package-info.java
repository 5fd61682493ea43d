/**
 * 消息: text messages to citizens through a transactional outbox that survives gateway outages and
 * restarts, one-time codes for confirming a phone, and the console list of what was sent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "workbench :: spi"})
package org.minzheng.notification;
