package org.minzheng.dictionary.catalog;

import jakarta.validation.Valid;
import org.minzheng.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The entries of one dictionary: add, edit, enable or disable, reorder, delete. Reading them is on the dictionary page. */
@Controller
@RequestMapping("/console/dictionary/dictionaries/{code}/entries")
@PreAuthorize("hasAuthority('dictionary:entry:manage')")
class EntryController {

    private final DictionaryRepository dictionaries;
    private final DictionaryEditor editor;
    private final Messages messages;

    EntryController(DictionaryRepository dictionaries, DictionaryEditor editor, Messages messages) {
        this.dictionaries = dictionaries;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newForm(@PathVariable String code, Model model) {
        model.addAttribute("dictionary", editor.existing(code));
        model.addAttribute("entryForm", NewEntryForm.empty());
        return "dictionary/entry-form";
    }

    @PostMapping
    String create(
            @PathVariable String code,
            @Valid @ModelAttribute("entryForm") NewEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dictionary dictionary = editor.existing(code);
        Entry entry = errors.hasErrors() ? null : form.toEntry(dictionaries.nextSortOrder(code));
        if (entry != null && !editor.add(code, entry)) {
            errors.rejectValue("code", "dictionary.error.entryExists", new Object[] {form.code()}, null);
        }
        if (errors.hasErrors()) {
            model.addAttribute("dictionary", dictionary);
            return "dictionary/entry-form";
        }
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get(
                        "dictionary.flash.entryCreated", entry.code(), entry.label(LocaleContextHolder.getLocale())));
        return backTo(code);
    }

    @GetMapping("/{entry}/edit")
    String editForm(@PathVariable String code, @PathVariable("entry") String entryCode, Model model) {
        Dictionary dictionary = editor.existing(code);
        Entry entry = editor.existing(code, entryCode);
        model.addAttribute("dictionary", dictionary);
        model.addAttribute("entry", entry);
        model.addAttribute("entryForm", EntryForm.of(entry));
        return "dictionary/entry-form";
    }

    @PostMapping("/{entry}")
    String update(
            @PathVariable String code,
            @PathVariable("entry") String entryCode,
            @Valid @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dictionary dictionary = editor.existing(code);
        Entry entry = editor.existing(code, entryCode);
        if (errors.hasErrors()) {
            model.addAttribute("dictionary", dictionary);
            model.addAttribute("entry", entry);
            return "dictionary/entry-form";
        }
        Entry changed = form.toEntry(entry);
        editor.change(code, changed);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get(
                        "dictionary.flash.entryUpdated", entryCode, changed.label(LocaleContextHolder.getLocale())));
        return backTo(code);
    }

    @PostMapping("/{entry}/disable")
    String disable(@PathVariable String code, @PathVariable("entry") String entryCode, RedirectAttributes redirect) {
        editor.enable(code, entryCode, false);
        redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.entryDisabled", entryCode));
        return backTo(code);
    }

    @PostMapping("/{entry}/enable")
    String enable(@PathVariable String code, @PathVariable("entry") String entryCode, RedirectAttributes redirect) {
        editor.enable(code, entryCode, true);
        redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.entryEnabled", entryCode));
        return backTo(code);
    }

    @PostMapping("/{entry}/move-up")
    String moveUp(@PathVariable String code, @PathVariable("entry") String entryCode, RedirectAttributes redirect) {
        editor.move(code, entryCode, true);
        redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.entryMoved", entryCode));
        return backTo(code) + "#entry-" + entryCode;
    }

    @PostMapping("/{entry}/move-down")
    String moveDown(@PathVariable String code, @PathVariable("entry") String entryCode, RedirectAttributes redirect) {
        editor.move(code, entryCode, false);
        redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.entryMoved", entryCode));
        return backTo(code) + "#entry-" + entryCode;
    }

    @PostMapping("/{entry}/delete")
    String delete(@PathVariable String code, @PathVariable("entry") String entryCode, RedirectAttributes redirect) {
        if (editor.delete(code, entryCode)) {
            redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.entryDeleted", entryCode));
        } else {
            redirect.addFlashAttribute("flashError", messages.get("dictionary.error.builtinEntry", entryCode));
        }
        return backTo(code);
    }

    private static String backTo(String code) {
        return "redirect:/console/dictionary/dictionaries/" + code;
    }
}
