package org.minzheng.attachment.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads live and how large they may be.
 *
 * @param folder folder of the default file-system store; outside the web root and backed up with
 *     the database, since a row without its file is a lost document
 * @param maxFileSize largest file kept; 5 MB holds a sharp phone photo of a certificate or a
 *     scanned multi-page PDF, and keeps uploads over village mobile networks short
 */
@ConfigurationProperties("minzheng.attachments")
public record AttachmentProperties(
        Path folder, @DefaultValue("5MB") DataSize maxFileSize) {

    public AttachmentProperties {
        if (folder == null || folder.toString().isBlank()) {
            throw new IllegalStateException(
                    "minzheng.attachments.folder is not set; give the folder for uploaded files (MINZHENG_ATTACHMENTS_FOLDER)");
        }
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            throw new IllegalStateException("minzheng.attachments.max-file-size must be positive");
        }
    }

    /** The limit as people read it, e.g. {@code 5 MB}, for the refusal message. */
    String readableLimit() {
        long bytes = maxFileSize.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxFileSize.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return maxFileSize.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
