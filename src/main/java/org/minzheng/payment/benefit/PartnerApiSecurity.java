package org.minzheng.payment.benefit;

import org.minzheng.shared.security.ApiKeyChain;
import org.minzheng.shared.web.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/** The partner API ({@code /api/v1/benefits}) answers to department API keys only, ahead of the staff chain. */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

    static final String HEADER = ApiKeyChain.HEADER;
    static final String PATH = "/api/v1/benefits";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain partnerApi(HttpSecurity http, ApiKeys keys, Messages messages, JsonMapper json)
            throws Exception {
        return ApiKeyChain.build(
                http,
                PATH,
                PartnerDepartment.AUTHORITY,
                keys::authenticate,
                "benefit.api.unauthorized",
                messages,
                json);
    }
}
