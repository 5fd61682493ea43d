package org.minzheng.audit.chain;

import java.time.Clock;
import javax.sql.DataSource;

/** The application's own chain verification, run over any database: a restored backup, a second cluster. */
public final class AuditChains {

    private AuditChains() {}

    public static ChainVerification verify(DataSource database) {
        return new AuditChainVerifier(database, Clock.systemUTC()).verify();
    }
}
