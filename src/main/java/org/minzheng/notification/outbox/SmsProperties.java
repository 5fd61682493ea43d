package org.minzheng.notification.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minzheng.sms.*}.
 *
 * @param gatewayDown makes the development gateway fail, to watch the outbox retry (dev and tests only)
 * @param dispatchInterval pause between two rounds of the dispatcher
 */
@ConfigurationProperties("minzheng.sms")
record SmsProperties(
        @DefaultValue("false") boolean gatewayDown,
        @DefaultValue("PT5S") Duration dispatchInterval) {}
