package org.minzheng.portal.village;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page behind a village's QR code: which village this is and the four services. */
@Controller
class VillageHomeController {

    private final PortalVillages villages;

    VillageHomeController(PortalVillages villages) {
        this.villages = villages;
    }

    @GetMapping("/v/{villageCode}")
    String home(@PathVariable String villageCode, Model model) {
        model.addAttribute("village", villages.open(villageCode));
        model.addAttribute("services", List.of(PortalService.values()));
        return "portal/home";
    }

    /** 码上查: the public monthly list of the village, kept by the disclosure module under {@code /gs}. */
    @GetMapping("/v/{villageCode}/lists")
    String lists(@PathVariable String villageCode) {
        return "redirect:/gs/" + villages.find(villageCode).code().value();
    }

    /** Mistyped or outdated addresses below a village (and the bare prefix) get the portal's own page. */
    @GetMapping({"/v", "/v/", "/v/{villageCode}/**"})
    String elsewhere(@PathVariable(required = false) String villageCode) {
        if (villageCode == null) {
            throw PortalNotFoundException.unknownVillage();
        }
        throw PortalNotFoundException.unknownPage(villages.find(villageCode));
    }
}
