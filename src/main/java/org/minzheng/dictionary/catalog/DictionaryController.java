package org.minzheng.dictionary.catalog;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 数据字典 in the console: the list of dictionaries, one dictionary with its entries, and the dictionary forms. */
@Controller
@RequestMapping("/console/dictionary/dictionaries")
@PreAuthorize("hasAuthority('dictionary:entry:view')")
class DictionaryController {

    private static final int PAGE_SIZE = 20;

    private final DictionaryRepository dictionaries;
    private final DictionaryEditor editor;
    private final Messages messages;

    DictionaryController(DictionaryRepository dictionaries, DictionaryEditor editor, Messages messages) {
        this.dictionaries = dictionaries;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q.strip();
        Page<DictionaryListing> found = dictionaries.search(text, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", text);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&");
        return "dictionary/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('dictionary:entry:manage')")
    String newForm(Model model) {
        model.addAttribute("dictionaryForm", NewDictionaryForm.empty());
        return "dictionary/dictionary-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('dictionary:entry:manage')")
    String create(
            @Valid @ModelAttribute("dictionaryForm") NewDictionaryForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !editor.create(form.toDictionary())) {
            errors.rejectValue("code", "dictionary.error.dictionaryExists", new Object[] {form.code()}, null);
        }
        if (errors.hasErrors()) {
            return "dictionary/dictionary-form";
        }
        String name = form.toDictionary().name(LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("flashSuccess", messages.get("dictionary.flash.created", name));
        return "redirect:/console/dictionary/dictionaries/" + form.code();
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("dictionary", editor.existing(code));
        model.addAttribute("entries", dictionaries.allEntries(code));
        return "dictionary/show";
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAuthority('dictionary:entry:manage')")
    String editForm(@PathVariable String code, Model model) {
        Dictionary dictionary = editor.existing(code);
        model.addAttribute("dictionary", dictionary);
        model.addAttribute("dictionaryForm", DictionaryForm.of(dictionary));
        return "dictionary/dictionary-form";
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('dictionary:entry:manage')")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("dictionaryForm") DictionaryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dictionary dictionary = editor.existing(code);
        if (errors.hasErrors()) {
            model.addAttribute("dictionary", dictionary);
            return "dictionary/dictionary-form";
        }
        Dictionary renamed = form.toDictionary(dictionary);
        editor.rename(renamed);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("dictionary.flash.updated", renamed.name(LocaleContextHolder.getLocale())));
        return "redirect:/console/dictionary/dictionaries/" + code;
    }

    @PostMapping("/{code}/delete")
    @PreAuthorize("hasAuthority('dictionary:entry:manage')")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        Dictionary dictionary = editor.existing(code);
        if (!editor.delete(code)) {
            redirect.addFlashAttribute("flashError", messages.get("dictionary.error.builtinDictionary"));
            return "redirect:/console/dictionary/dictionaries/" + code;
        }
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("dictionary.flash.deleted", dictionary.name(LocaleContextHolder.getLocale())));
        return "redirect:/console/dictionary/dictionaries";
    }

    @GetMapping("/{code}/export")
    void export(@PathVariable String code, HttpServletResponse response) {
        Dictionary dictionary = editor.existing(code);
        ExcelExport.write(
                response,
                messages.get("dictionary.export.file", dictionary.name(LocaleContextHolder.getLocale())),
                EntryColumns.headings(messages),
                dictionaries.allEntries(code).stream()
                        .map(entry -> List.<Object>of(
                                entry.code(),
                                entry.labelZh(),
                                entry.labelEn(),
                                entry.sortOrder(),
                                messages.get(entry.enabled() ? "dictionary.yes" : "dictionary.no")))
                        .toList());
    }
}
