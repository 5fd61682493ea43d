package org.minzheng.rescue.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

/**
 * The intake photo, shown on the case page and later on a family-search notice: the attachment store also keeps
 * PDFs, so only JPEG and PNG are let through, judged by their first bytes.
 */
final class CasePhoto {

    static final String OWNER = "rescue-case";
    static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private CasePhoto() {}

    /** Peeks at the start of {@code content}, which must support mark and reset, and leaves it unread. */
    static boolean looksLikePhoto(InputStream content) {
        try {
            content.mark(PNG.length);
            byte[] head = content.readNBytes(PNG.length);
            content.reset();
            return starts(head, JPEG) || starts(head, PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded photo", e);
        }
    }

    private static boolean starts(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
