package org.minzheng.assistance.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The documents an applicant sent with a case, for staff who may see the case. A file is served only
 * through a case in the staff member's region, always as a download with its sniffed type, so an
 * uploaded file can never run as a page of the console.
 */
@Controller
@PreAuthorize("hasAuthority('assistance:case:view')")
class CaseFilesController {

    private final CaseHandling handling;
    private final Attachments attachments;

    CaseFilesController(CaseHandling handling, Attachments attachments) {
        this.handling = handling;
        this.attachments = attachments;
    }

    @GetMapping(CaseController.BASE + "/{number}/files/{file}")
    void download(@PathVariable String number, @PathVariable String file, HttpServletResponse response)
            throws IOException {
        if (!CaseNumber.isValid(number)) {
            throw new NotFoundException("case " + number);
        }
        CaseNumber id = new CaseNumber(number);
        handling.view(id, CurrentStaff.scope());
        StoredFile stored = attachments.of(CaseService.ATTACHMENT_OWNER, id.value()).stream()
                .filter(candidate -> candidate.id().value().toString().equals(file))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("file of case " + number));
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(stored.id())) {
            content.transferTo(response.getOutputStream());
        }
    }
}
