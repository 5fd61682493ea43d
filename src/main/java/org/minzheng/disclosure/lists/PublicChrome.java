package org.minzheng.disclosure.lists;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.util.WebUtils;

/**
 * What the layout of the public lists shows around every page: the font size chosen, where the font and
 * language switches lead back to, and the service hotline.
 *
 * @param here the page's address within the application with its query but without {@code lang}
 */
public record PublicChrome(boolean largeFont, String here, String hotline) {

    static final String FONT_COOKIE = "disclosure-font";
    static final String LARGE = "large";

    static PublicChrome of(HttpServletRequest request, String hotline) {
        Cookie font = WebUtils.getCookie(request, FONT_COOKIE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PublicChrome(
                font != null && LARGE.equals(font.getValue()),
                path + queryWithoutLanguage(request.getQueryString()),
                hotline);
    }

    public String otherFontSize() {
        return largeFont ? "normal" : LARGE;
    }

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
