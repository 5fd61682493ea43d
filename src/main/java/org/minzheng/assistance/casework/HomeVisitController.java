package org.minzheng.assistance.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.AssetKind;
import org.minzheng.assistance.meanstest.ExpenseKind;
import org.minzheng.assistance.meanstest.IncomeKind;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworker's home-visit page, built for a phone in a farmhouse: one long form that saves as
 * a draft as often as wanted (and keeps typed data in the browser while offline), shows the means
 * test on each save, and completes the investigation. Photos go to the case's documents.
 */
@Controller
@RequestMapping(CaseController.BASE + "/{number}/visit")
@PreAuthorize("hasAuthority('assistance:case:investigate')")
class HomeVisitController {

    private final CaseTransitions transitions;
    private final HomeVisits visits;
    private final CaseFile caseFile;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Messages messages;

    HomeVisitController(
            CaseTransitions transitions,
            HomeVisits visits,
            CaseFile caseFile,
            Attachments attachments,
            AuditLog audit,
            Messages messages) {
        this.transitions = transitions;
        this.visits = visits;
        this.caseFile = caseFile;
        this.attachments = attachments;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String number, Model model) {
        StoredCase found = inScope(number);
        Optional<HomeVisits.Recorded> recorded = visits.find(found);
        VisitForm form = recorded.map(r -> VisitFormReader.form(
                        r.visit(), found.version(), r.stored().version()))
                .orElseGet(() -> fresh(found));
        // The form shows members' full ID numbers: reading them is a reveal of personal data.
        audit.record(
                AuditEvent.reveal("visit", CaseService.TARGET, found.number().value(), found.village()));
        recorded.ifPresent(r -> model.addAttribute(
                "meansTest", caseFile.lines(visits.assess(found, r.visit(), CaseController.today()))));
        model.addAttribute("visitForm", form.withSpareRows());
        return page(found, recorded, model);
    }

    @PostMapping
    String submit(
            @PathVariable String number,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StoredCase found = inScope(number);
        Optional<HomeVisits.Recorded> recorded = visits.find(found);
        LocalDate today = CaseController.today();
        if (action.startsWith("add")) {
            addRow(form, action);
            return page(found, recorded, model);
        }
        Optional<HomeVisit> visit = VisitFormReader.read(form, today, errors);
        if (visit.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            form.withSpareRows();
            return page(found, recorded, model);
        }
        DataScope scope = CurrentStaff.scope();
        try {
            if ("complete".equals(action)) {
                visits.complete(
                        found.number(), form.getCaseVersion(), form.getVisitVersion(), visit.get(), scope, today);
                redirect.addFlashAttribute("flashSuccess", messages.get("assistance.visit.completed.flash"));
                return Decisions.back(found.number());
            }
            visits.save(found.number(), form.getVisitVersion(), visit.get(), scope, today);
            redirect.addFlashAttribute("flashSuccess", messages.get("assistance.visit.saved.flash"));
            redirect.addFlashAttribute("draftSaved", true);
            return "redirect:" + CaseController.BASE + "/" + found.number().value() + "/visit#means-test";
        } catch (OptimisticLockingFailureException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "conflict",
                    recorded.map(r -> messages.get(
                                    "assistance.visit.conflict",
                                    r.stored().savedBy(),
                                    java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                                            .format(r.stored().savedAt().atZone(CaseService.CHINA))))
                            .orElse(messages.get("assistance.stale")));
        } catch (CaseRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            errors.reject(refused.messageKey(), refused.args(), null);
        }
        form.withSpareRows();
        return page(found, recorded, model);
    }

    @PostMapping("/photos")
    String photo(@PathVariable String number, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect) {
        StoredCase found = inScope(number);
        if (photo == null || photo.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.visit.photo.required"));
        } else {
            try {
                attachments.store(new Upload(
                        photo.getOriginalFilename(),
                        photo.getInputStream(),
                        photo.getSize(),
                        CaseService.ATTACHMENT_OWNER,
                        found.number().value()));
                audit.record(AuditEvent.operation(
                        "assistance.case.photo",
                        CaseService.TARGET,
                        found.number().value(),
                        found.village()));
                redirect.addFlashAttribute("flashSuccess", messages.get("assistance.visit.photo.flash"));
            } catch (UploadRefused refused) {
                redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read an uploaded photo", e);
            }
        }
        return "redirect:" + CaseController.BASE + "/" + found.number().value() + "/visit#photos";
    }

    private String page(StoredCase found, Optional<HomeVisits.Recorded> recorded, Model model) {
        model.addAttribute("case", found);
        model.addAttribute("recorded", recorded.orElse(null));
        model.addAttribute("editable", HomeVisits.open(found));
        model.addAttribute("temporary", found.programme() == Programme.TEMPORARY);
        model.addAttribute("hukouTypes", HukouType.values());
        model.addAttribute("workAbilities", WorkAbility.values());
        model.addAttribute("relationships", VisitFormReader.RELATIONSHIPS);
        model.addAttribute("incomeKinds", IncomeKind.values());
        model.addAttribute("assetKinds", AssetKind.values());
        model.addAttribute("expenseKinds", ExpenseKind.values());
        model.addAttribute(
                "photos",
                attachments.of(CaseService.ATTACHMENT_OWNER, found.number().value()));
        return "assistance/casework/visit";
    }

    /** Without JavaScript, "add a line" comes back to the server, which keeps what was typed. */
    private static void addRow(VisitForm form, String action) {
        switch (action) {
            case "addMember" -> form.getMembers().add(new VisitForm.MemberRow());
            case "addIncome" -> form.getIncomes().add(new VisitForm.IncomeRow());
            case "addAsset" -> form.getAssets().add(new VisitForm.AssetRow());
            case "addExpense" -> form.getExpenses().add(new VisitForm.ExpenseRow());
            default -> {}
        }
    }

    /** A first visit starts with the applicant as head of the household and today's date. */
    private VisitForm fresh(StoredCase found) {
        VisitForm form = new VisitForm();
        form.setCaseVersion(found.version());
        form.setVisitedOn(CaseController.today().toString());
        VisitForm.MemberRow applicant = new VisitForm.MemberRow();
        applicant.setName(found.applicantName());
        applicant.setIdNumber(visits.applicantId(found));
        applicant.setRelationship(HomeVisit.HEAD);
        form.getMembers().add(applicant);
        return form;
    }

    private StoredCase inScope(String number) {
        CaseNumber id = CaseController.caseNumber(number);
        return transitions.inScope(id, CurrentStaff.scope());
    }
}
