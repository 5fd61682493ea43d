package org.minzheng.region.qr;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production stops at startup unless the posters point to an https address: a plain-http page behind
 * a printed QR code could be tampered with on the way to every citizen who scans it, and the printed
 * codes cannot be fixed afterwards.
 */
@Component
@Profile("prod")
class PublicPortalAddressCheck {

    PublicPortalAddressCheck(PosterProperties properties) {
        if (!properties.secure()) {
            throw new IllegalStateException(PosterProperties.BASE_URL_PROPERTY
                    + " must be the public https address of the citizen portal in production, not "
                    + properties.baseUrl());
        }
    }
}
