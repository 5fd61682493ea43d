package org.minzheng.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private PostgreSQL when no {@code spring.datasource.url} is given, so that a fresh checkout
 * runs with nothing but a JDK. Production points {@code SPRING_DATASOURCE_URL} at a real server and
 * this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}' == ''")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Closed by Spring after every bean that uses the data source, which is why zonky's own JVM
     * shutdown hook is off: it would stop PostgreSQL while Spring is still closing.
     */
    @Bean(destroyMethod = "close")
    LocalPostgres localPostgres(EmbeddedDatabaseProperties properties) {
        return LocalPostgresLauncher.start(properties);
    }

    @Bean
    DataSource dataSource(LocalPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.username());
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
