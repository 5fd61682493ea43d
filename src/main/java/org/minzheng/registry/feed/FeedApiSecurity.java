package org.minzheng.registry.feed;

import org.minzheng.shared.security.ApiKeyChain;
import org.minzheng.shared.web.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/** The feed API ({@code /api/v1/registry/feeds}) opens to department keys only, ahead of the staff chain. */
@Configuration(proxyBeanMethods = false)
class FeedApiSecurity {

    static final String HEADER = ApiKeyChain.HEADER;
    static final String PATH = "/api/v1/registry/feeds";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain feedApi(HttpSecurity http, FeedApiKeys keys, Messages messages, JsonMapper json)
            throws Exception {
        return ApiKeyChain.build(
                http,
                PATH,
                FeedDepartmentPrincipal.AUTHORITY,
                keys::authenticate,
                "feed.api.unauthorized",
                messages,
                json);
    }
}
