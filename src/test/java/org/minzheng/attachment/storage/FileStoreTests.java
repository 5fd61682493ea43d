package org.minzheng.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTests {

    @TempDir
    Path folder;

    @Test
    void keepsContentUnderTheFirstTwoCharactersOfItsKey() throws IOException {
        var store = new FileSystemStore(folder);
        String key = UUID.randomUUID().toString();

        store.put(key, new ByteArrayInputStream(SampleFiles.pdf()));

        assertThat(folder.resolve(key.substring(0, 2)).resolve(key)).hasBinaryContent(SampleFiles.pdf());
        try (InputStream in = store.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.pdf());
        }
    }

    @Test
    void leavesNothingBehindWhenTheContentCannotBeRead() throws IOException {
        var store = new FileSystemStore(folder);
        String key = UUID.randomUUID().toString();
        InputStream failing = new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served++ > 10) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put(key, failing)).isInstanceOf(UncheckedIOException.class);

        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void deletesContentAndIgnoresUnknownKeys() {
        var store = new FileSystemStore(folder);
        String key = UUID.randomUUID().toString();
        store.put(key, new ByteArrayInputStream(SampleFiles.png()));

        store.delete(key);
        store.delete(UUID.randomUUID().toString());

        assertThat(store.pathOf(key)).doesNotExist();
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void refusesKeysThatCouldLeaveTheFolder() {
        var store = new FileSystemStore(folder);

        for (String key : List.of("../../etc/passwd", "ab/../../x", "/etc/passwd", "a\\b", "", "..")) {
            assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.put(key, InputStream.nullInputStream()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void listsOnlyStoredFilesWrittenBeforeTheCutoff() throws IOException {
        var store = new FileSystemStore(folder);
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        store.put(old, new ByteArrayInputStream(SampleFiles.png()));
        store.put(fresh, new ByteArrayInputStream(SampleFiles.png()));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Files.setLastModifiedTime(store.pathOf(old), FileTime.from(twoDaysAgo));
        Path stray = Files.writeString(folder.resolve("notes.txt"), "not ours");
        Files.setLastModifiedTime(stray, FileTime.from(twoDaysAgo));

        try (Stream<String> keys = store.keysWrittenBefore(Instant.now().minus(Duration.ofDays(1)))) {
            assertThat(keys).containsExactly(old);
        }
    }
}
