package org.minzheng.disclosure.lists;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 适老化: the large-font switch of the public lists, a link rather than a script so that it works in every
 * phone browser, remembered in a cookie for a year (not a session: the lists create none).
 */
@Controller
class FontSwitchController {

    /** Only our own list pages: {@code /gs} and below, letters, digits and dashes, then an optional query. */
    private static final Pattern LIST_PAGE =
            Pattern.compile("/gs(/[0-9A-Za-z_-]+)*/?(\\?[0-9A-Za-z._~%!$&'()*+,;=:@/?-]*)?");

    private static final int LONGEST_RETURN = 2000;

    @GetMapping("/gs/font")
    ResponseEntity<Void> switchSize(
            @RequestParam(defaultValue = "") String size,
            @RequestParam(defaultValue = "") String back,
            HttpServletRequest request) {
        ResponseCookie cookie = ResponseCookie.from(
                        PublicChrome.FONT_COOKIE, PublicChrome.LARGE.equals(size) ? PublicChrome.LARGE : "normal")
                .path(request.getContextPath() + "/gs")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        boolean ours =
                back.length() <= LONGEST_RETURN && LIST_PAGE.matcher(back).matches();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, request.getContextPath() + (ours ? back : "/gs"))
                .build();
    }
}
