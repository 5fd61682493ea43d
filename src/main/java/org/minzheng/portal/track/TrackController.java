package org.minzheng.portal.track;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseTracking;
import org.minzheng.portal.village.PortalVillages;
import org.minzheng.shared.PhoneNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查进度: a citizen looks up a case by its tracking number and the phone it was filed with. A wrong number
 * and a wrong phone get the same answer, so the page never tells whether a number exists.
 *
 * <p>Not rate-limited yet: the phone acts as a second secret, and a limit per address belongs in front of
 * the whole portal (gateway or filter), which is out of scope here.
 */
@Controller
class TrackController {

    /** Citizens read times in Beijing time, whatever zone the server runs in. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final PortalVillages villages;
    private final AssistanceCases cases;

    TrackController(PortalVillages villages, AssistanceCases cases) {
        this.villages = villages;
        this.cases = cases;
    }

    @GetMapping("/v/{villageCode}/track")
    String track(
            @PathVariable String villageCode,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String phone,
            Model model) {
        model.addAttribute("village", villages.open(villageCode));
        String typedNumber = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        String typedPhone = phone == null ? "" : phone.strip();
        model.addAttribute("number", typedNumber);
        model.addAttribute("phone", typedPhone);
        if (number == null && phone == null) {
            return "portal/track";
        }
        boolean numberOk = CaseNumber.isValid(typedNumber);
        Optional<PhoneNumber> parsedPhone = PhoneNumber.tryParse(typedPhone).filter(PhoneNumber::isMobile);
        model.addAttribute("numberProblem", numberOk ? null : "portal.track.number.invalid");
        model.addAttribute("phoneProblem", parsedPhone.isPresent() ? null : "portal.track.phone.invalid");
        if (!numberOk || parsedPhone.isEmpty()) {
            return "portal/track";
        }
        Optional<CaseTracking> found = cases.track(new CaseNumber(typedNumber), parsedPhone.get());
        model.addAttribute("tracking", found.orElse(null));
        model.addAttribute(
                "steps",
                found.map(tracking -> tracking.steps().stream()
                                .map(step ->
                                        new ShownStep(step.status().stepKey(), TIME.format(step.at()), step.note()))
                                .toList())
                        .orElse(List.of()));
        model.addAttribute("notFound", found.isEmpty());
        return "portal/track";
    }

    /** One step as the page shows it, its time already formatted. */
    record ShownStep(String statusKey, String at, String note) {}
}
