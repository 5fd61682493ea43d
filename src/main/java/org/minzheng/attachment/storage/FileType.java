package org.minzheng.attachment.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the module keeps, recognised by their leading bytes. The browser's content type
 * and the file name are the sender's claims; the signature is what a viewer will act on.
 */
enum FileType {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    FileType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    /** The extension given to a file that arrived without one. */
    String extension() {
        return extensions.get(0);
    }

    /** The type whose signature starts {@code content}, if any. */
    static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.starts(content)).findFirst();
    }

    /** The type an extension (without dot, any case) claims, if it is one we keep. */
    static Optional<FileType> ofExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(lower))
                .findFirst();
    }

    private boolean starts(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
