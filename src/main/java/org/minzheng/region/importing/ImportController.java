package org.minzheng.region.importing;

import java.io.IOException;
import java.util.Locale;
import org.minzheng.shared.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 导入区划代码: upload an official division-code file to replace demo rows with real ones. */
@Controller
@RequestMapping("/console/region/import")
@PreAuthorize("hasAuthority('region:division:import')")
class ImportController {

    static final long MAX_BYTES = 100L * 1024 * 1024;

    private final DivisionImporter importer;

    ImportController(DivisionImporter importer) {
        this.importer = importer;
    }

    @GetMapping
    String form() {
        return "region/import";
    }

    @PostMapping
    String upload(
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer codeVersion, Model model)
            throws IOException {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (file.isEmpty()) {
            model.addAttribute("fileError", "region.import.error.noFile");
        } else if (!(name.endsWith(".csv") || name.endsWith(".txt"))) {
            model.addAttribute("fileError", "region.import.error.type");
        } else if (file.getSize() > MAX_BYTES) {
            model.addAttribute("fileError", "region.import.error.size");
        } else if (codeVersion != null && (codeVersion < 2009 || codeVersion > 2100)) {
            model.addAttribute("fileError", "region.import.error.version");
        } else {
            model.addAttribute(
                    "report",
                    importer.importFile(
                            file.getInputStream(), CurrentStaff.scope().root(), false, codeVersion));
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "region/import";
    }
}
