package org.minzheng.attachment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored file; random, so it tells nothing about the file or its owner. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    /** Parses the text form, e.g. from a URL. */
    public static AttachmentId of(String text) {
        return new AttachmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
