package org.minzheng.assistance.casework;

import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.shared.web.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a clerk's decision on a case is answered: back to the case page with a flash saying what was
 * done, or why nothing was (someone else acted first, the step is not possible now).
 */
@Component
class Decisions {

    private final Messages messages;

    Decisions(Messages messages) {
        this.messages = messages;
    }

    String take(CaseNumber number, RedirectAttributes redirect, String successKey, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.stale"));
        } catch (CaseRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return back(number);
    }

    /** Decisions that tell the applicant or the file why: without a readable note nothing happens. */
    String takeWithNote(
            CaseNumber number,
            String note,
            RedirectAttributes redirect,
            String requiredKey,
            String successKey,
            Runnable decision) {
        if (note == null || note.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get(requiredKey));
            return back(number);
        }
        return take(number, redirect, successKey, decision);
    }

    static String back(CaseNumber number) {
        return "redirect:" + CaseController.BASE + "/" + number.value();
    }
}
