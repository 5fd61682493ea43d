package org.minzheng.portal.village;

import java.util.Locale;

/**
 * The four services of the village page (码上通, 码上办, 码上查, 码上清). A service not built yet would be
 * shown as coming soon, so that villagers learn where they will find it.
 *
 * @param path the page under the village's address, or {@code null} while the service is not open
 */
public enum PortalService {
    POLICIES("policies"),
    APPLY("apply"),
    /** 码上查 lives in the disclosure module; the village address forwards to the village's public list. */
    LISTS("lists"),
    BENEFITS("benefits");

    private final String path;

    PortalService(String path) {
        this.path = path;
    }

    public boolean open() {
        return path != null;
    }

    public String path() {
        return path;
    }

    public String key() {
        return "portal.service." + name().toLowerCase(Locale.ROOT);
    }
}
