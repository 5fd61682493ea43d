package org.minzheng.disclosure.lists;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** The layout's needs on every public list page, and their own friendly "not found" page. */
@ControllerAdvice(assignableTypes = {PublicListController.class, FontSwitchController.class})
class PublicPagesAdvice {

    private final String hotline;
    private final boolean demo;

    PublicPagesAdvice(
            @Value("${minzheng.portal.hotline:12345}") String hotline,
            @Value("${minzheng.demo-data.enabled:false}") boolean demo) {
        this.hotline = hotline;
        this.demo = demo;
    }

    @ModelAttribute("chrome")
    PublicChrome chrome(HttpServletRequest request) {
        return PublicChrome.of(request, hotline);
    }

    /** Model attributes are not built for exception handlers, so the page gets its chrome here. */
    @ExceptionHandler(AreaNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        var page = new ModelAndView("disclosure/not-found", HttpStatus.NOT_FOUND);
        page.addObject("chrome", chrome(request));
        page.addObject("demoMode", demo);
        return page;
    }
}
