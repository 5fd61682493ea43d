package org.minzheng.staff.login;

import org.minzheng.shared.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        if (CurrentStaff.principal().isPresent()) {
            return "redirect:/console";
        }
        return "staff/login";
    }
}
