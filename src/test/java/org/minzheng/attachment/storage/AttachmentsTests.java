package org.minzheng.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.attachment.spi.FileStore;
import org.minzheng.shared.crypto.Sm3;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AttachmentsTests {

    static final String OWNER = "attachment-test";

    @Autowired
    Attachments attachments;

    @Autowired
    FileStore store;

    @Autowired
    LeftoverCleanup cleanup;

    @Autowired
    AttachmentProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MessageSource messages;

    static Upload upload(String name, byte[] content, String ownerId) {
        return new Upload(name, new ByteArrayInputStream(content), content.length, OWNER, ownerId);
    }

    static String anOwnerId() {
        return "case-" + UUID.randomUUID();
    }

    @Test
    void storesJpegPngAndPdfAndReadsThemBackByteIdentical() throws IOException {
        for (var sample : new Object[][] {
            {"身份证正面.jpg", SampleFiles.jpeg(), "image/jpeg"},
            {"户口本.png", SampleFiles.png(), "image/png"},
            {"残疾证.pdf", SampleFiles.pdf(), "application/pdf"}
        }) {
            byte[] content = (byte[]) sample[1];

            StoredFile stored = attachments.store(upload((String) sample[0], content, anOwnerId()));

            assertThat(stored.name()).isEqualTo(sample[0]);
            assertThat(stored.mediaType()).isEqualTo(sample[2]);
            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(stored.sm3()).isEqualTo(Sm3.hex(content)).hasSize(64);
            assertThat(attachments.find(stored.id())).contains(stored);
            try (InputStream in = attachments.open(stored.id())) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void refusesAFileOneByteOverTheLimitAndKeepsNothing() throws IOException {
        byte[] tooLarge =
                Arrays.copyOf(SampleFiles.pdf(), (int) properties.maxFileSize().toBytes() + 1);
        long rows = rows();
        long files = filesInStore();

        assertThatThrownBy(() ->
                        attachments.store(new Upload("big.pdf", new ByteArrayInputStream(tooLarge), -1, OWNER, null)))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("attachment.upload.too-large");
                    assertThat(refused.arguments()).containsExactly("5 MB");
                    assertThat(messages.getMessage(
                                    refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("文件太大，每个文件不能超过 5 MB。");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
                            .isEqualTo("The file is too large; each file may be at most 5 MB.");
                });

        assertThat(rows()).isEqualTo(rows);
        assertThat(filesInStore()).isEqualTo(files);
    }

    @Test
    void refusesEmptyDisguisedAndForbiddenFilesAndKeepsNothing() throws IOException {
        long rows = rows();
        long files = filesInStore();

        assertRefused(upload("empty.png", new byte[0], null), "attachment.upload.empty");
        assertRefused(upload("photo.jpg", SampleFiles.html(), null), "attachment.upload.content-mismatch");
        assertRefused(upload("x.pdf", SampleFiles.png(), null), "attachment.upload.content-mismatch");
        assertRefused(upload("setup.exe", SampleFiles.windowsProgram(), null), "attachment.upload.type-not-allowed");
        assertRefused(upload("page.html", SampleFiles.html(), null), "attachment.upload.type-not-allowed");

        assertThat(rows()).isEqualTo(rows);
        assertThat(filesInStore()).isEqualTo(files);
    }

    @Test
    void keepsOnlyASafeDisplayNameOfAPathInTheName() {
        StoredFile unix = attachments.store(upload("../../etc/passwd.png", SampleFiles.png(), null));
        StoredFile windows = attachments.store(upload("C:\\x\\a.png", SampleFiles.png(), null));

        assertThat(unix.name()).isEqualTo("passwd.png");
        assertThat(windows.name()).isEqualTo("a.png");
        assertThat(storageKey(unix.id())).doesNotContain("passwd").matches("[0-9a-f-]{36}");
    }

    @Test
    void bindsFilesUploadedBeforeTheirOwnerExisted() {
        StoredFile first = attachments.store(upload("a.pdf", SampleFiles.pdf(), null));
        StoredFile second = attachments.store(upload("b.png", SampleFiles.png(), null));
        String ownerId = anOwnerId();
        assertThat(attachments.of(OWNER, ownerId)).isEmpty();

        attachments.attach(first.id(), OWNER, ownerId);
        attachments.attach(second.id(), OWNER, ownerId);

        assertThat(attachments.of(OWNER, ownerId)).containsExactly(first, second);
        assertThat(attachments.of("another-owner", ownerId)).isEmpty();
        assertThatThrownBy(() -> attachments.attach(AttachmentId.random(), OWNER, ownerId))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingRemovesRowAndContentAndIsAudited() {
        String ownerId = anOwnerId();
        StoredFile kept = attachments.store(upload("keep.png", SampleFiles.png(), ownerId));
        StoredFile deleted = attachments.store(upload("delete.pdf", SampleFiles.pdf(), ownerId));
        Path content = fileStore().pathOf(storageKey(deleted.id()));
        assertThat(content).exists();

        attachments.delete(deleted.id());

        assertThat(attachments.find(deleted.id())).isEmpty();
        assertThat(attachments.of(OWNER, ownerId)).containsExactly(kept);
        assertThat(content).doesNotExist();
        assertThatThrownBy(() -> attachments.open(deleted.id())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_entries
                        where action = 'attachment.file.delete' and target_type = 'attachment.file' and target_id = :id
                        """)
                        .param("id", deleted.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aStoreInARolledBackTransactionLeavesNoRow() {
        long rows = rows();

        StoredFile stored = new TransactionTemplate(transactions).execute(status -> {
            StoredFile file = attachments.store(upload("rolled-back.png", SampleFiles.png(), anOwnerId()));
            status.setRollbackOnly();
            return file;
        });

        assertThat(attachments.find(stored.id())).isEmpty();
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void cleanupRemovesOldUnattachedFilesAndContentWithoutRowButKeepsAttachedOnes() throws IOException {
        StoredFile abandoned = attachments.store(upload("abandoned.png", SampleFiles.png(), null));
        StoredFile attached = attachments.store(upload("attached.png", SampleFiles.png(), anOwnerId()));
        StoredFile recent = attachments.store(upload("recent.png", SampleFiles.png(), null));
        String orphan = UUID.randomUUID().toString();
        store.put(orphan, new ByteArrayInputStream(SampleFiles.pdf()));
        String recentOrphan = UUID.randomUUID().toString();
        store.put(recentOrphan, new ByteArrayInputStream(SampleFiles.pdf()));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        for (StoredFile old : new StoredFile[] {abandoned, attached}) {
            jdbc.sql("update attachment.files set uploaded_at = now() - interval '2 days' where id = :id")
                    .param("id", old.id().value())
                    .update();
            Files.setLastModifiedTime(fileStore().pathOf(storageKey(old.id())), FileTime.from(twoDaysAgo));
        }
        Files.setLastModifiedTime(fileStore().pathOf(orphan), FileTime.from(twoDaysAgo));
        Path abandonedContent = fileStore().pathOf(storageKey(abandoned.id()));

        cleanup.sweep();

        assertThat(attachments.find(abandoned.id())).isEmpty();
        assertThat(abandonedContent).doesNotExist();
        assertThat(fileStore().pathOf(orphan)).doesNotExist();
        assertThat(attachments.find(attached.id())).isPresent();
        assertThat(fileStore().pathOf(storageKey(attached.id()))).exists();
        assertThat(attachments.find(recent.id())).isPresent();
        assertThat(fileStore().pathOf(recentOrphan)).exists();
    }

    @Test
    void everyRefusalIsExplainedInChineseAndEnglish() {
        for (String key : new String[] {
            UploadCheck.EMPTY, UploadCheck.TYPE_NOT_ALLOWED, UploadCheck.CONTENT_MISMATCH, UploadCheck.TOO_LARGE
        }) {
            assertThat(messages.getMessage(key, new Object[] {"5 MB"}, Locale.SIMPLIFIED_CHINESE))
                    .as(key)
                    .isNotEqualTo(key)
                    .containsPattern("\\p{IsHan}");
            assertThat(messages.getMessage(key, new Object[] {"5 MB"}, Locale.ENGLISH))
                    .as(key)
                    .isNotEqualTo(key)
                    .doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(messages.getMessage(UploadCheck.TYPE_NOT_ALLOWED, null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("只能上传 JPG、PNG 图片或 PDF 文件。");
        assertThat(messages.getMessage(UploadCheck.CONTENT_MISMATCH, null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("文件内容与扩展名不符。");
    }

    private void assertRefused(Upload upload, String messageKey) {
        assertThatThrownBy(() -> attachments.store(upload))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo(messageKey));
    }

    private FileSystemStore fileStore() {
        return (FileSystemStore) store;
    }

    private String storageKey(AttachmentId id) {
        return jdbc.sql("select storage_key from attachment.files where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("select count(*) from attachment.files")
                .query(Long.class)
                .single();
    }

    private long filesInStore() throws IOException {
        try (Stream<Path> files = Files.walk(properties.folder())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
