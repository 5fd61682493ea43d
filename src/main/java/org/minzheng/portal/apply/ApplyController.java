package org.minzheng.portal.apply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.Programme;
import org.minzheng.attachment.StoredFile;
import org.minzheng.portal.village.PortalNotFoundException;
import org.minzheng.portal.village.PortalVillages;
import org.minzheng.portal.village.Village;
import org.minzheng.shared.web.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * 码上办: a citizen chooses the assistance, fills in one short form, confirms the phone with a text-message
 * code and gets a tracking number. The steps between form and number are kept in the session (the only
 * portal pages that open one, as their forms carry a CSRF token); every other portal page stays without.
 */
@Controller
class ApplyController {

    static final int MAX_FILES = 3;

    private static final Pattern FORM_ADDRESS = Pattern.compile("/v/([0-9]{12})/apply/([a-z]+)");

    private final PortalVillages villages;
    private final CaseApplications applications;
    private final Messages messages;
    private final boolean demo;

    ApplyController(
            PortalVillages villages,
            CaseApplications applications,
            Messages messages,
            @Value("${minzheng.demo-data.enabled:false}") boolean demo) {
        this.villages = villages;
        this.applications = applications;
        this.messages = messages;
        this.demo = demo;
    }

    @GetMapping("/v/{villageCode}/apply")
    String choose(@PathVariable String villageCode, Model model) {
        model.addAttribute("village", villages.open(villageCode));
        model.addAttribute(
                "programmes",
                Arrays.stream(Programme.values()).map(ProgrammeChoice::new).toList());
        return "portal/apply/choose";
    }

    @GetMapping("/v/{villageCode}/apply/{programme}")
    String form(@PathVariable String villageCode, @PathVariable String programme, Model model) {
        Village village = villages.open(villageCode);
        return showForm(village, programmeOf(programme, village), CaseForm.fresh(), model);
    }

    @PostMapping("/v/{villageCode}/apply/{programme}")
    String check(
            @PathVariable String villageCode,
            @PathVariable String programme,
            @Valid @ModelAttribute("form") CaseForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Village village = villages.find(villageCode);
        Programme chosen = programmeOf(programme, village);
        List<MultipartFile> chosenFiles = files == null
                ? List.of()
                : files.stream()
                        .filter(file -> !file.isEmpty() || hasName(file))
                        .toList();
        if (chosenFiles.size() > MAX_FILES) {
            model.addAttribute("fileProblem", messages.get("portal.apply.files.tooMany", MAX_FILES));
        }
        if (result.hasErrors() || chosenFiles.size() > MAX_FILES) {
            return showForm(village, chosen, form, model);
        }
        List<StoredFile> stored;
        try {
            stored = applications.store(chosenFiles);
        } catch (CaseApplications.FileRefused refused) {
            String why = messages.get(
                    refused.refusal().messageKey(), refused.refusal().arguments());
            model.addAttribute("fileProblem", messages.get("portal.apply.files.refused", refused.fileName(), why));
            return showForm(village, chosen, form, model);
        }
        PendingCase pending = PendingCase.of(
                village.path(),
                chosen,
                form,
                stored.stream().map(file -> file.id().toString()).toList(),
                stored.stream().map(StoredFile::name).toList());
        session.setAttribute(PendingCase.attribute(form.key()), pending);
        redirect.addFlashAttribute("codeIssue", applications.sendCode(pending.phoneNumber()));
        return confirmPage(village, chosen, form.key());
    }

    @GetMapping("/v/{villageCode}/apply/{programme}/confirm")
    String confirmation(
            @PathVariable String villageCode,
            @PathVariable String programme,
            @RequestParam(defaultValue = "") String key,
            HttpSession session,
            Model model) {
        Village village = villages.open(villageCode);
        Programme chosen = programmeOf(programme, village);
        Optional<PendingCase> pending = pending(session, key, village, chosen);
        if (pending.isEmpty()) {
            return "redirect:/v/" + village.path() + "/apply/" + slug(chosen);
        }
        return showCodePage(village, pending.get(), model);
    }

    @PostMapping("/v/{villageCode}/apply/{programme}/resend")
    String resend(
            @PathVariable String villageCode,
            @PathVariable String programme,
            @RequestParam(defaultValue = "") String key,
            HttpSession session,
            RedirectAttributes redirect) {
        Village village = villages.find(villageCode);
        Programme chosen = programmeOf(programme, village);
        Optional<PendingCase> pending = pending(session, key, village, chosen);
        if (pending.isEmpty()) {
            return "redirect:/v/" + village.path() + "/apply/" + slug(chosen);
        }
        redirect.addFlashAttribute(
                "codeIssue", applications.sendCode(pending.get().phoneNumber()));
        return confirmPage(village, chosen, key);
    }

    @PostMapping("/v/{villageCode}/apply/{programme}/confirm")
    String confirm(
            @PathVariable String villageCode,
            @PathVariable String programme,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model) {
        Village village = villages.find(villageCode);
        Programme chosen = programmeOf(programme, village);
        Optional<PendingCase> found = pending(session, key, village, chosen);
        if (found.isEmpty()) {
            return "redirect:/v/" + village.path() + "/apply/" + slug(chosen);
        }
        PendingCase pending = found.get();
        if (pending.number() != null) {
            return donePage(village, pending.number());
        }
        Optional<CaseNumber> number;
        try {
            number = applications.file(pending, code);
        } catch (CaseRefused refused) {
            model.addAttribute("caseProblem", messages.get(refused.messageKey()));
            return showCodePage(village, pending, model);
        }
        if (number.isEmpty()) {
            model.addAttribute("codeProblem", messages.get("portal.apply.code.wrong"));
            return showCodePage(village, pending, model);
        }
        session.setAttribute(
                PendingCase.attribute(key), pending.filedAs(number.get().value()));
        return donePage(village, number.get().value());
    }

    @GetMapping("/v/{villageCode}/apply/done")
    String done(@PathVariable String villageCode, @RequestParam(defaultValue = "") String number, Model model) {
        Village village = villages.open(villageCode);
        if (!CaseNumber.isValid(number)) {
            throw PortalNotFoundException.unknownPage(village);
        }
        model.addAttribute("village", village);
        model.addAttribute("number", number.strip());
        return "portal/apply/done";
    }

    /**
     * Larger than a request may be: nothing was read, so the citizen starts the form again with a word on
     * the limit, in the portal's own layout (an exception page here would be the console's).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        Matcher address = FORM_ADDRESS.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!address.matches()) {
            throw tooLarge;
        }
        RequestContextUtils.getOutputFlashMap(request).put("fileProblem", messages.get("portal.apply.files.tooLarge"));
        return "redirect:/v/" + address.group(1) + "/apply/" + address.group(2);
    }

    private String showForm(Village village, Programme programme, CaseForm form, Model model) {
        model.addAttribute("village", village);
        model.addAttribute("programme", new ProgrammeChoice(programme));
        model.addAttribute("form", form);
        model.addAttribute("maxFiles", MAX_FILES);
        return "portal/apply/form";
    }

    private String showCodePage(Village village, PendingCase pending, Model model) {
        model.addAttribute("village", village);
        model.addAttribute("programme", new ProgrammeChoice(pending.programme()));
        model.addAttribute("pending", pending);
        model.addAttribute("maskedPhone", pending.maskedPhone());
        // the demo has no SMS provider: tell the visitor where the code arrives instead
        model.addAttribute("demoInbox", demo);
        if (!model.containsAttribute("codeIssue")) {
            model.addAttribute("codeIssue", null);
        }
        return "portal/apply/code";
    }

    private Optional<PendingCase> pending(HttpSession session, String key, Village village, Programme programme) {
        return Optional.ofNullable(session.getAttribute(PendingCase.attribute(key)))
                .filter(PendingCase.class::isInstance)
                .map(PendingCase.class::cast)
                .filter(found -> found.villageCode().equals(village.path()) && found.programme() == programme);
    }

    private static String confirmPage(Village village, Programme programme, String key) {
        return "redirect:/v/" + village.path() + "/apply/" + slug(programme) + "/confirm?key=" + key;
    }

    private static String donePage(Village village, String number) {
        return "redirect:/v/" + village.path() + "/apply/done?number=" + number;
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    private static Programme programmeOf(String slug, Village village) {
        return Arrays.stream(Programme.values())
                .filter(programme -> slug(programme).equals(slug))
                .findFirst()
                .orElseThrow(() -> PortalNotFoundException.unknownPage(village));
    }

    static String slug(Programme programme) {
        return programme.name().toLowerCase(Locale.ROOT);
    }

    /** A programme as the pages show it: its address and its plain-words keys. */
    record ProgrammeChoice(Programme programme) {

        public String slug() {
            return ApplyController.slug(programme);
        }

        public String nameKey() {
            return "portal.programme." + slug();
        }

        public String textKey() {
            return "portal.programme." + slug() + ".text";
        }
    }
}
