package org.minzheng.audit.web;

import jakarta.servlet.http.HttpSession;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.chain.AuditChainVerifier;
import org.minzheng.shared.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 日志链核验: recomputes the SM3 chain on request and shows where it breaks. Checking is itself audited,
 * so the log shows that, and how often, someone looked.
 */
@Controller
@RequestMapping("/console/audit/chain")
@PreAuthorize("hasAuthority('audit:chain:verify')")
class AuditChainController {

    private final AuditChainVerifier verifier;
    private final AuditLog audit;

    AuditChainController(AuditChainVerifier verifier, AuditLog audit) {
        this.verifier = verifier;
        this.audit = audit;
    }

    @GetMapping
    String show(HttpSession session, Model model) {
        model.addAttribute("last", session.getAttribute(LastVerification.SESSION_ATTRIBUTE));
        return "audit/chain";
    }

    @PostMapping
    String verify(HttpSession session) {
        var result = LastVerification.of(verifier.verify());
        var event = AuditEvent.operation(
                        "audit.chain.verify",
                        "audit.chain",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(result.detail());
        audit.record(result.intact() ? event : event.failed());
        session.setAttribute(LastVerification.SESSION_ATTRIBUTE, result);
        return "redirect:/console/audit/chain";
    }
}
