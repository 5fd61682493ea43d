package org.minzheng.region.qr;

import java.net.URI;
import java.net.URISyntaxException;
import org.minzheng.shared.RegionCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the village posters print. The base URL ends up in every QR code on every notice board, so it
 * must be the portal's lasting public address: changing it later means printing all posters again.
 *
 * @param baseUrl public address of the citizen portal, e.g. {@code https://mz.binzhou.gov.cn}
 * @param hotline the service phone number printed under the QR code
 */
@ConfigurationProperties("minzheng.portal")
public record PosterProperties(
        String baseUrl, @DefaultValue("12345") String hotline) {

    static final String BASE_URL_PROPERTY = "minzheng.portal.base-url";

    public PosterProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException(BASE_URL_PROPERTY
                    + " is not set; give the public address of the citizen portal (MINZHENG_PORTAL_BASE_URL)");
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        if (!isWebAddress(baseUrl)) {
            throw new IllegalStateException(BASE_URL_PROPERTY + " must be an http or https address, not " + baseUrl);
        }
        if (hotline == null || hotline.isBlank()) {
            throw new IllegalStateException("minzheng.portal.hotline must not be blank");
        }
    }

    /** What the village's QR code says: the portal page of that village. */
    public String villageUrl(RegionCode village) {
        return baseUrl + "/v/" + village.value();
    }

    boolean secure() {
        return baseUrl.startsWith("https://");
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
