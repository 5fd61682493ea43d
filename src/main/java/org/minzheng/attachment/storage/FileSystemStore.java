package org.minzheng.attachment.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.minzheng.attachment.spi.FileStore;

/**
 * Keeps contents as files under one folder, in sub-folders named after the first two characters of
 * the key so that no folder grows to hundreds of thousands of entries. A file appears under its key
 * only once completely written: it is written to a temporary file beside it and renamed atomically.
 */
class FileSystemStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z-]{2,63}");
    private static final String TEMP_PREFIX = ".upload-";

    private final Path root;

    FileSystemStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachment folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, InputStream in) {
        Path target = pathOf(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot store file " + key, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete file " + key, e);
        }
    }

    @Override
    public Stream<String> keysWrittenBefore(Instant cutoff) {
        try {
            return Files.find(root, 2, (path, attributes) -> isStoredFile(path, attributes, cutoff))
                    .map(path -> path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the attachment folder", e);
        }
    }

    /** Where the content of {@code key} lives; refuses anything that is not a generated key. */
    Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private boolean isStoredFile(Path path, BasicFileAttributes attributes, Instant cutoff) {
        String name = path.getFileName().toString();
        return attributes.isRegularFile()
                && KEY.matcher(name).matches()
                && path.getParent().getFileName().toString().equals(name.substring(0, 2))
                && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary name matches no key, so a leftover is never served and only wastes space
        }
    }
}
