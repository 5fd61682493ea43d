package org.minzheng.attachment.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.UploadRefused;

/**
 * Decides whether an upload may be kept. The name's extension must be one we keep, the content's
 * signature must be one we keep, and both must agree: a {@code .jpg} holding HTML would otherwise be
 * rendered as a page by a browser that sniffs.
 */
final class UploadCheck {

    static final String TOO_LARGE = "attachment.upload.too-large";
    static final String EMPTY = "attachment.upload.empty";
    static final String TYPE_NOT_ALLOWED = "attachment.upload.type-not-allowed";
    static final String CONTENT_MISMATCH = "attachment.upload.content-mismatch";

    /** A file that passed: its bytes, the type its content shows and the name to display. */
    record Accepted(byte[] content, FileType type, String name) {}

    private final long maxBytes;
    private final String readableLimit;

    UploadCheck(long maxBytes, String readableLimit) {
        this.maxBytes = maxBytes;
        this.readableLimit = readableLimit;
    }

    /** Reads at most one byte more than the limit, so a huge upload is never held in memory. */
    Accepted check(Upload upload) {
        String cleaned = FileNames.clean(upload.originalName());
        Optional<String> extension = FileNames.extension(cleaned);
        Optional<FileType> claimed = extension.flatMap(FileType::ofExtension);
        if (extension.isPresent() && claimed.isEmpty()) {
            throw new UploadRefused(TYPE_NOT_ALLOWED);
        }
        if (upload.declaredSize() > maxBytes) {
            throw tooLarge();
        }
        byte[] content = readAtMost(upload.content(), maxBytes + 1);
        if (content.length == 0) {
            throw new UploadRefused(EMPTY);
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        Optional<FileType> sniffed = FileType.sniff(content);
        if (sniffed.isEmpty()) {
            throw new UploadRefused(claimed.isPresent() ? CONTENT_MISMATCH : TYPE_NOT_ALLOWED);
        }
        if (claimed.isPresent() && claimed.get() != sniffed.get()) {
            throw new UploadRefused(CONTENT_MISMATCH);
        }
        return new Accepted(content, sniffed.get(), FileNames.displayName(cleaned, sniffed.get()));
    }

    private UploadRefused tooLarge() {
        return new UploadRefused(TOO_LARGE, readableLimit);
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
    }
}
