package org.minzheng.notification.outbox;

import java.time.Clock;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    /**
     * Always present, so that a provider's gateway can come from any module or library without
     * ordering tricks; {@link SmsDispatcher} prefers any other gateway bean.
     */
    @Bean
    DevelopmentGateway developmentGateway(
            JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index, Clock clock, SmsProperties properties) {
        return new DevelopmentGateway(jdbc, cipher, index, clock, properties.gatewayDown());
    }
}
