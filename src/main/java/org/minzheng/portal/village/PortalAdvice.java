package org.minzheng.portal.village;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** The layout's needs on every portal page, and the portal's own friendly "not found" page. */
@ControllerAdvice(basePackages = "org.minzheng.portal")
class PortalAdvice {

    private final String hotline;

    PortalAdvice(@Value("${minzheng.portal.hotline:12345}") String hotline) {
        this.hotline = hotline;
    }

    @ModelAttribute("portal")
    PortalChrome chrome(HttpServletRequest request) {
        return PortalChrome.of(request, hotline);
    }

    /** Model attributes are not built for exception handlers, so the page gets its chrome here. */
    @ExceptionHandler(PortalNotFoundException.class)
    ModelAndView notFound(PortalNotFoundException missing, HttpServletRequest request) {
        var page = new ModelAndView("portal/not-found", HttpStatus.NOT_FOUND);
        page.addAllObjects(Map.of("portal", chrome(request), "missing", missing.missing()));
        if (missing.village() != null) {
            page.addObject("village", missing.village());
        }
        return page;
    }
}
