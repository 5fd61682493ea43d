package org.minzheng.portal.benefits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.minzheng.payment.BenefitList;
import org.minzheng.portal.benefits.ClientLimits.Action;
import org.minzheng.portal.village.PortalVillages;
import org.minzheng.portal.village.Village;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 码上清: a citizen signs in with ID number, phone and a text-message code and sees the 幸福清单, every benefit of
 * the household from civil affairs and the person's benefits from other departments. The sign-in lives in the
 * session, briefly (see {@link SignedIn}); these pages are the portal's only ones behind a sign-in.
 */
@Controller
class BenefitsController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PortalVillages villages;
    private final BenefitSignIns signIns;
    private final BenefitList benefits;
    private final ClientLimits limits;
    private final Clock clock;
    private final boolean demo;

    BenefitsController(
            PortalVillages villages,
            BenefitSignIns signIns,
            BenefitList benefits,
            ClientLimits limits,
            Clock clock,
            @Value("${minzheng.demo-data.enabled:false}") boolean demo) {
        this.villages = villages;
        this.signIns = signIns;
        this.benefits = benefits;
        this.limits = limits;
        this.clock = clock;
        this.demo = demo;
    }

    @GetMapping("/v/{villageCode}/benefits")
    String signInPage(
            @PathVariable String villageCode,
            @RequestParam(required = false) String ended,
            HttpSession session,
            Model model) {
        Village village = villages.open(villageCode);
        if (signedIn(session).isPresent()) {
            return listPage(village);
        }
        model.addAttribute("ended", ended == null ? null : "signedOut".equals(ended) ? "signedOut" : "expired");
        return showSignIn(village, SignInForm.empty(), model);
    }

    @PostMapping("/v/{villageCode}/benefits")
    String signIn(
            @PathVariable String villageCode,
            @Valid @ModelAttribute("form") SignInForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Village village = villages.find(villageCode);
        if (result.hasErrors()) {
            return showSignIn(village, form, model);
        }
        if (!limits.allow(Action.SIGN_IN, request.getRemoteAddr())) {
            model.addAttribute("limited", true);
            return showSignIn(village, form, model);
        }
        session.removeAttribute(SignedIn.ATTRIBUTE);
        session.setAttribute(PendingSignIn.ATTRIBUTE, signIns.start(form));
        return codePage(village);
    }

    @GetMapping("/v/{villageCode}/benefits/code")
    String codeForm(@PathVariable String villageCode, HttpSession session, Model model) {
        Village village = villages.open(villageCode);
        Optional<PendingSignIn> pending = pending(session);
        if (pending.isEmpty()) {
            return startPage(village);
        }
        return showCode(village, pending.get(), model);
    }

    @PostMapping("/v/{villageCode}/benefits/code")
    String checkCode(
            @PathVariable String villageCode,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Village village = villages.find(villageCode);
        Optional<PendingSignIn> pending = pending(session);
        if (pending.isEmpty()) {
            return startPage(village);
        }
        if (!limits.allow(Action.CODE, request.getRemoteAddr())) {
            model.addAttribute("codeProblem", "benefit.portal.code.limited");
            return showCode(village, pending.get(), model);
        }
        Optional<SignedIn> signedIn = signIns.finish(pending.get(), code);
        if (signedIn.isEmpty()) {
            model.addAttribute("codeProblem", "benefit.portal.code.wrong");
            return showCode(village, pending.get(), model);
        }
        // a new session id for the signed-in state, so that an id planted before the sign-in opens nothing
        request.changeSessionId();
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn.get());
        return listPage(village);
    }

    @PostMapping("/v/{villageCode}/benefits/resend")
    String resend(@PathVariable String villageCode, HttpServletRequest request, HttpSession session, Model model) {
        Village village = villages.find(villageCode);
        Optional<PendingSignIn> pending = pending(session);
        if (pending.isEmpty()) {
            return startPage(village);
        }
        if (!limits.allow(Action.SIGN_IN, request.getRemoteAddr())) {
            model.addAttribute("codeProblem", "benefit.portal.code.limited");
            return showCode(village, pending.get(), model);
        }
        signIns.resend(pending.get());
        return codePage(village);
    }

    @GetMapping("/v/{villageCode}/benefits/list")
    String list(@PathVariable String villageCode, HttpSession session, Model model) {
        Village village = villages.open(villageCode);
        Optional<SignedIn> signedIn = signedIn(session);
        if (signedIn.isEmpty()) {
            boolean expired = session.getAttribute(SignedIn.ATTRIBUTE) != null;
            session.removeAttribute(SignedIn.ATTRIBUTE);
            return "redirect:/v/" + village.path() + "/benefits" + (expired ? "?ended=expired" : "");
        }
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn.get().seenAt(clock.instant()));
        model.addAttribute("village", village);
        model.addAttribute(
                "overview", benefits.overview(signedIn.get().holder(), LocalDate.now(clock.withZone(CHINA))));
        model.addAttribute("idleMinutes", SignedIn.IDLE.toMinutes());
        return "portal/benefits/list";
    }

    @PostMapping("/v/{villageCode}/benefits/sign-out")
    String signOut(@PathVariable String villageCode, HttpSession session) {
        Village village = villages.find(villageCode);
        session.invalidate();
        return "redirect:/v/" + village.path() + "/benefits?ended=signedOut";
    }

    private Optional<SignedIn> signedIn(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(SignedIn.ATTRIBUTE))
                .filter(SignedIn.class::isInstance)
                .map(SignedIn.class::cast)
                .filter(found -> !found.expiredAt(clock.instant()));
    }

    private Optional<PendingSignIn> pending(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(PendingSignIn.ATTRIBUTE))
                .filter(PendingSignIn.class::isInstance)
                .map(PendingSignIn.class::cast)
                .filter(found -> !signIns.stale(found));
    }

    private String showSignIn(Village village, SignInForm form, Model model) {
        model.addAttribute("village", village);
        model.addAttribute("form", form);
        return "portal/benefits/sign-in";
    }

    private String showCode(Village village, PendingSignIn pending, Model model) {
        model.addAttribute("village", village);
        model.addAttribute("maskedPhone", pending.maskedPhone());
        // the demo has no SMS provider: tell the visitor where the code arrives instead
        model.addAttribute("demoInbox", demo);
        return "portal/benefits/code";
    }

    private static String codePage(Village village) {
        return "redirect:/v/" + village.path() + "/benefits/code";
    }

    private static String listPage(Village village) {
        return "redirect:/v/" + village.path() + "/benefits/list";
    }

    private static String startPage(Village village) {
        return "redirect:/v/" + village.path() + "/benefits";
    }
}
