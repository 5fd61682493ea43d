package org.minzheng.attachment;

/**
 * A file that passed the checks and is kept.
 *
 * @param id its id
 * @param name the cleaned display name, at most 100 characters, never a path
 * @param mediaType the type sniffed from the content, e.g. {@code image/png}
 * @param size bytes
 * @param sm3 lower-case hex SM3 digest of the content, to show that a document was not changed
 */
public record StoredFile(AttachmentId id, String name, String mediaType, long size, String sm3) {}
