package org.minzheng.portal.village;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.WebUtils;

/**
 * What the portal layout shows around every page: the font size the citizen chose, where the font and
 * language switches lead back to, and the service hotline.
 *
 * @param here the page's address within the application, query included but without {@code lang}, so that
 *     switching font or language keeps what was typed (e.g. the self-check answers)
 * @param villageCode the 12 digits in the address, also when they name no village, for the font switch
 */
public record PortalChrome(boolean largeFont, String here, String villageCode, String hotline) {

    static final String FONT_COOKIE = "portal-font";
    static final String LARGE = "large";

    private static final Pattern VILLAGE_PATH = Pattern.compile("^/v/([0-9]{12})(?:/.*)?$");

    static PortalChrome of(HttpServletRequest request, String hotline) {
        Cookie font = WebUtils.getCookie(request, FONT_COOKIE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher village = VILLAGE_PATH.matcher(path);
        return new PortalChrome(
                font != null && LARGE.equals(font.getValue()),
                path + queryWithoutLanguage(request.getQueryString()),
                village.matches() ? village.group(1) : null,
                hotline);
    }

    /** The size the switch offers next. */
    public String otherFontSize() {
        return largeFont ? "normal" : LARGE;
    }

    /** The hotline as a {@code tel:} link dials it. */
    public String dialableHotline() {
        return hotline.replaceAll("[^0-9+]", "");
    }

    private static String queryWithoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}
