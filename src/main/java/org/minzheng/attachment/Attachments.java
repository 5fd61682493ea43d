package org.minzheng.attachment;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded documents (photos of ID cards, certificates, PDFs) for other modules. Only JPEG, PNG and
 * PDF are kept, judged by their content rather than their name, so a script renamed to
 * {@code photo.jpg} never reaches a caseworker's browser.
 */
public interface Attachments {

    /**
     * Checks and keeps the file, recording it in the caller's transaction.
     *
     * @throws UploadRefused when it is empty, too large, of a type not allowed, or its content does
     *     not match its extension
     */
    StoredFile store(Upload upload);

    Optional<StoredFile> find(AttachmentId id);

    /**
     * The content; the caller closes it.
     *
     * @throws org.minzheng.shared.web.NotFoundException when there is no such file
     */
    InputStream open(AttachmentId id);

    /**
     * Binds a file to its owner record, for files uploaded before that record existed (a citizen
     * uploads while filling in the application).
     *
     * @throws org.minzheng.shared.web.NotFoundException when there is no such file
     */
    void attach(AttachmentId id, String owner, String ownerId);

    /** Removes the file and its record, audited; the content goes once the transaction commits. */
    void delete(AttachmentId id);

    /** Files of one owner record, oldest first. */
    List<StoredFile> of(String owner, String ownerId);
}
