package org.minzheng.staff.login;

import jakarta.servlet.http.HttpSession;
import org.minzheng.shared.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String LAST_USERNAME = "minzheng.lastUsername";

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (CurrentStaff.principal().isPresent()) {
            return "redirect:/console";
        }
        Object last = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        model.addAttribute("lastUsername", last == null ? "" : last.toString());
        return "staff/login";
    }
}
