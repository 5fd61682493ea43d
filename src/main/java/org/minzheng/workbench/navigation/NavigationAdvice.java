package org.minzheng.workbench.navigation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu and the signed-in staff member on every console page's model. */
@ControllerAdvice
class NavigationAdvice {

    private final Navigation navigation;
    private final boolean demo;

    NavigationAdvice(Navigation navigation, @Value("${minzheng.demo-data.enabled:false}") boolean demo) {
        this.navigation = navigation;
        this.demo = demo;
    }

    @ModelAttribute("navigation")
    List<Navigation.Group> navigation(HttpServletRequest request) {
        if (CurrentStaff.principal().map(StaffPrincipal::passwordChangeRequired).orElse(true)) {
            return List.of();
        }
        return navigation.visibleTo(
                CurrentStaff.authorities(),
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Path within the application, for highlighting the open menu entry. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("staff")
    StaffPrincipal staff() {
        return CurrentStaff.principal().orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }
}
