package org.minzheng.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the private PostgreSQL the application starts when no external database is configured.
 *
 * @param dataDir folder for the database files; blank means a throw-away folder deleted at stop (tests)
 * @param launcher {@code auto}, {@code zonky} (bundled binaries, {@code unshare -U} when root) or
 *     {@code system} (the host's Debian PostgreSQL run through {@code runuser}, for root where user
 *     namespaces are unavailable)
 * @param systemBinDir folder of the host's PostgreSQL binaries for the {@code system} launcher; blank
 *     picks the newest under /usr/lib/postgresql
 */
@ConfigurationProperties("minzheng.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("") String dataDir,
        @DefaultValue("auto") String launcher,
        @DefaultValue("") String systemBinDir) {

    boolean persistent() {
        return !dataDir.isBlank();
    }
}
