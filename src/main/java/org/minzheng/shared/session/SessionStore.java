package org.minzheng.shared.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). Its generic SQL inserts a session attribute with a plain
 * {@code INSERT}: when a page opened right after sign-in sends several requests at once (several tabs, htmx), each
 * request stores the lazily created CSRF token, all but the first hit the primary key and answer 500. PostgreSQL's
 * statements ({@code INSERT … ON CONFLICT DO UPDATE}) make the last writer win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
