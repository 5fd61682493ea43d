/** Where the notification module meets an SMS provider: implement {@link org.minzheng.notification.spi.SmsGateway} as a bean. */
@org.springframework.modulith.NamedInterface("spi")
package org.minzheng.notification.spi;
