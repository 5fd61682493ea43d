package org.minzheng.shared.database;

import java.io.Closeable;

/**
 * A PostgreSQL server that the application started for itself and must stop when it closes.
 */
public interface LocalPostgres extends Closeable {

    String jdbcUrl();

    String username();

    @Override
    void close();
}
