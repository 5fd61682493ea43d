package org.minzheng.dictionary.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.minzheng.dictionary.catalog.Dictionary;
import org.minzheng.dictionary.catalog.DictionaryRepository;
import org.minzheng.dictionary.catalog.EntryColumns;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 导入字典项: upload an .xlsx (or .csv) of entries into one dictionary. */
@Controller
@RequestMapping("/console/dictionary/dictionaries/{code}/import")
@PreAuthorize("hasAuthority('dictionary:entry:manage')")
class EntryImportController {

    /** A dictionary of a few thousand entries fits many times over; anything larger is the wrong file. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final DictionaryRepository dictionaries;
    private final EntryImporter importer;
    private final Messages messages;

    EntryImportController(DictionaryRepository dictionaries, EntryImporter importer, Messages messages) {
        this.dictionaries = dictionaries;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        model.addAttribute("dictionary", existing(code));
        return "dictionary/import";
    }

    @GetMapping("/template")
    void template(@PathVariable String code, HttpServletResponse response) {
        Dictionary dictionary = existing(code);
        ExcelExport.write(
                response,
                messages.get("dictionary.import.templateFile", dictionary.name(LocaleContextHolder.getLocale())),
                EntryColumns.headings(messages),
                List.of());
    }

    @PostMapping
    String upload(
            @PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("dictionary", existing(code));
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "dictionary.import.error.noFile");
        } else if (!(lowerName.endsWith(".xlsx") || lowerName.endsWith(".csv"))) {
            model.addAttribute("fileError", "dictionary.import.error.type");
        } else if (file.getSize() > MAX_BYTES) {
            model.addAttribute("fileError", "dictionary.import.error.size");
        } else {
            byte[] bytes = file.getBytes();
            boolean workbook = lowerName.endsWith(".xlsx");
            if (workbook != Spreadsheet.looksLikeWorkbook(bytes)) {
                model.addAttribute(
                        "fileError",
                        workbook ? "dictionary.import.error.notWorkbook" : "dictionary.import.error.notText");
            } else {
                try {
                    model.addAttribute(
                            "report",
                            importer.importFile(
                                    code, name, bytes, workbook ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV));
                    model.addAttribute("fileName", name);
                } catch (Spreadsheet.UnreadableFileException e) {
                    model.addAttribute("fileError", "dictionary.import.error.unreadable");
                }
            }
        }
        return "dictionary/import";
    }

    private Dictionary existing(String code) {
        return dictionaries.find(code).orElseThrow(() -> new NotFoundException("dictionary"));
    }
}
