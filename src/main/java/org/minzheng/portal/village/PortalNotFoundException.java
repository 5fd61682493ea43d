package org.minzheng.portal.village;

import java.util.Locale;

/**
 * Nothing on the citizen portal at that address. Answered with a friendly page in the portal's own layout
 * that tells a citizen what to do next, rather than the console's error page.
 */
public class PortalNotFoundException extends RuntimeException {

    /** What could not be found, which decides what the page advises. */
    public enum Missing {
        VILLAGE,
        POLICY,
        PAGE;

        public String messagePrefix() {
            return "portal.notFound." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Missing missing;
    private final transient Village village;

    private PortalNotFoundException(Missing missing, Village village) {
        super(missing.name().toLowerCase(Locale.ROOT) + " not found on the portal");
        this.missing = missing;
        this.village = village;
    }

    public static PortalNotFoundException unknownVillage() {
        return new PortalNotFoundException(Missing.VILLAGE, null);
    }

    public static PortalNotFoundException unknownPolicy(Village village) {
        return new PortalNotFoundException(Missing.POLICY, village);
    }

    public static PortalNotFoundException unknownPage(Village village) {
        return new PortalNotFoundException(Missing.PAGE, village);
    }

    public Missing missing() {
        return missing;
    }

    /** The village the citizen came from, or {@code null} when that is what was not found. */
    public Village village() {
        return village;
    }
}
