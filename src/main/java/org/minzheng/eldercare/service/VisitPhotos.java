package org.minzheng.eldercare.service;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The photos taken at check-in and check-out, kept as attachments of the visit. */
@Component
class VisitPhotos {

    /** A photo with the moment it belongs to. */
    record Photo(StoredFile file, boolean checkIn) {}

    private final Attachments attachments;

    VisitPhotos(Attachments attachments) {
        this.attachments = attachments;
    }

    List<Photo> of(long visitId) {
        String id = String.valueOf(visitId);
        var in = attachments.of(VisitRecording.CHECK_IN_PHOTOS, id).stream().map(f -> new Photo(f, true));
        var out = attachments.of(VisitRecording.CHECK_OUT_PHOTOS, id).stream().map(f -> new Photo(f, false));
        return java.util.stream.Stream.concat(in, out).toList();
    }

    /** Null for no file chosen. */
    static Upload upload(MultipartFile file, String owner, long visitId) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Upload(
                    file.getOriginalFilename(), file.getInputStream(), file.getSize(), owner, String.valueOf(visitId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded photo", e);
        }
    }

    void stream(long visitId, String fileId, HttpServletResponse response) throws IOException {
        StoredFile stored = of(visitId).stream()
                .map(Photo::file)
                .filter(candidate -> candidate.id().toString().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("photo of visit " + visitId));
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.inline()
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(stored.id())) {
            content.transferTo(response.getOutputStream());
        }
    }
}
