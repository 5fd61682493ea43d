package org.minzheng.attachment;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file as it arrives from a browser, before any check.
 *
 * @param originalName the name the sender's device gave it; untrusted, only shown after cleaning
 * @param content the bytes; read at most once and not closed by the store
 * @param declaredSize the size the sender announced (multipart size), or -1 when unknown; lets an
 *     oversized file be refused before reading it
 * @param owner the kind of record the file belongs to, e.g. {@code assistance-case}
 * @param ownerId that record's id, or null while the record does not exist yet (see
 *     {@link Attachments#attach})
 */
public record Upload(String originalName, InputStream content, long declaredSize, String owner, String ownerId) {

    /** What an owner kind looks like: lower-case kebab-case, at most 60 characters. */
    public static final String OWNER_PATTERN = "[a-z][a-z0-9-]{0,59}";

    public Upload {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(owner, "owner");
        if (!owner.matches(OWNER_PATTERN)) {
            throw new IllegalArgumentException("Owner must be a lower-case kebab-case name: " + owner);
        }
        if (ownerId != null && (ownerId.isBlank() || ownerId.length() > 80)) {
            throw new IllegalArgumentException("Owner id must be 1 to 80 characters");
        }
    }
}
