package org.minzheng.attachment.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the name a sender's device gave a file into a name safe to show and to offer for download.
 * The name is only ever displayed; storage keys are random, so a hostile name can at worst look odd.
 */
final class FileNames {

    static final int MAX_LENGTH = 100;

    /** Control and invisible format characters (e.g. the right-to-left override that disguises {@code gpj.exe}). */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    /** Characters Windows refuses in names, and quotes and angle brackets that break out of markup. */
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*']");

    private FileNames() {}

    /** The last path segment without unprintable or reserved characters, trimmed; may be empty. */
    static String clean(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = UNPRINTABLE.matcher(name).replaceAll("");
        name = RESERVED.matcher(name).replaceAll("_");
        return name.strip().replaceFirst("^[.\\s]+", "");
    }

    /** The extension of a cleaned name, without dot; empty when there is none. */
    static Optional<String> extension(String cleaned) {
        int dot = cleaned.lastIndexOf('.');
        if (dot < 0 || dot == cleaned.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(cleaned.substring(dot + 1));
    }

    /**
     * The name to show for a file of {@code type}: the cleaned name, given the type's extension when
     * it had none, and shortened to {@value #MAX_LENGTH} characters keeping the extension.
     */
    static String displayName(String cleaned, FileType type) {
        String base;
        String extension;
        Optional<String> given = extension(cleaned);
        if (given.isPresent()) {
            extension = given.get();
            base = cleaned.substring(0, cleaned.length() - extension.length() - 1)
                    .strip();
        } else {
            extension = type.extension();
            base = cleaned.replaceFirst("[.\\s]+$", "");
        }
        if (base.isEmpty()) {
            base = "file";
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + "." + extension;
    }
}
