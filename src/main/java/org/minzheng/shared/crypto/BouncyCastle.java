package org.minzheng.shared.crypto;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider, registered with the JVM once and reused for every SM3/SM4 call. */
final class BouncyCastle {

    private static final Provider PROVIDER = registered();

    private BouncyCastle() {}

    static Provider provider() {
        return PROVIDER;
    }

    private static synchronized Provider registered() {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing != null) {
            return existing;
        }
        Provider provider = new BouncyCastleProvider();
        Security.addProvider(provider);
        return provider;
    }
}
