package org.minzheng.portal.village;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 适老化: the large-font switch. A link rather than a script, so that it works in every phone browser; the
 * choice is a cookie so that it holds on every portal page for a year.
 */
@Controller
class FontSizeController {

    private static final Pattern VILLAGE_CODE = Pattern.compile("[0-9]{12}");

    /**
     * Only our own portal pages: a path under {@code /v/} of letters, digits, dashes and slashes, then an
     * optional query. No scheme, no {@code //}, no dots in the path, so the switch can never send a citizen
     * to another site or out of the portal.
     */
    private static final Pattern PORTAL_PAGE =
            Pattern.compile("/v/[0-9A-Za-z_/-]*(\\?[0-9A-Za-z._~%!$&'()*+,;=:@/?-]*)?");

    private static final int LONGEST_RETURN = 4000;

    @GetMapping("/v/{villageCode}/font")
    ResponseEntity<Void> switchSize(
            @PathVariable String villageCode,
            @RequestParam(defaultValue = "") String size,
            @RequestParam(defaultValue = "") String back,
            HttpServletRequest request) {
        if (!VILLAGE_CODE.matcher(villageCode).matches()) {
            throw PortalNotFoundException.unknownVillage();
        }
        ResponseCookie cookie = ResponseCookie.from(
                        PortalChrome.FONT_COOKIE, PortalChrome.LARGE.equals(size) ? PortalChrome.LARGE : "normal")
                .path(request.getContextPath() + "/v")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        String target = isPortalPage(back) ? back : "/v/" + villageCode;
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, request.getContextPath() + target)
                .build();
    }

    private static boolean isPortalPage(String back) {
        if (back.length() > LONGEST_RETURN || !PORTAL_PAGE.matcher(back).matches()) {
            return false;
        }
        int query = back.indexOf('?');
        return !(query < 0 ? back : back.substring(0, query)).contains("//");
    }
}
