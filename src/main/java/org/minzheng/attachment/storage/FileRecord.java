package org.minzheng.attachment.storage;

import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.StoredFile;

/** A row of {@code attachment.files}: what others see, plus the key of the content in the store. */
record FileRecord(AttachmentId id, String key, String name, String mediaType, long size, String sm3) {

    StoredFile toStoredFile() {
        return new StoredFile(id, name, mediaType, size, sm3);
    }
}
