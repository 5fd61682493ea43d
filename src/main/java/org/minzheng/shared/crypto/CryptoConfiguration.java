package org.minzheng.shared.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Personal-data crypto beans. Without valid keys the application refuses to start: running with
 * encryption silently disabled would store personal data in the clear.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(CryptoProperties properties) {
        return new PersonalDataCipher(properties.dataKeyBytes());
    }

    @Bean
    BlindIndex blindIndex(CryptoProperties properties) {
        return new BlindIndex(properties.indexKeyBytes());
    }
}
