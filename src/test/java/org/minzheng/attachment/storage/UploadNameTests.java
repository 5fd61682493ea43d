package org.minzheng.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadNameTests {

    static String displayed(String original, FileType type) {
        return FileNames.displayName(FileNames.clean(original), type);
    }

    @Test
    void dropsUnixAndWindowsPathComponents() {
        assertThat(displayed("../../etc/passwd.png", FileType.PNG)).isEqualTo("passwd.png");
        assertThat(displayed("C:\\x\\a.png", FileType.PNG)).isEqualTo("a.png");
        assertThat(displayed("..\\..\\windows/system32\\b.pdf", FileType.PDF)).isEqualTo("b.pdf");
    }

    @Test
    void dropsControlAndInvisibleCharacters() {
        assertThat(displayed("a\u0000b\r\n\tc.jpg", FileType.JPEG)).isEqualTo("abc.jpg");
        // U+202E turns "photo\u202Egpj.exe" into what looks like "photoexe.jpg"
        assertThat(FileNames.clean("photo\u202Egpj.png")).isEqualTo("photogpj.png");
    }

    @Test
    void replacesMarkupAndReservedCharacters() {
        assertThat(displayed("<img src=x onerror=alert(1)>.png", FileType.PNG))
                .doesNotContain("<", ">")
                .endsWith(".png");
        assertThat(displayed("what?\"*|.pdf", FileType.PDF)).isEqualTo("what____.pdf");
    }

    @Test
    void neverStartsWithADotSoNothingBecomesAHiddenFile() {
        assertThat(displayed(".htaccess.png", FileType.PNG)).isEqualTo("htaccess.png");
        assertThat(displayed("...", FileType.PNG)).isEqualTo("file.png");
    }

    @Test
    void keepsChineseNames() {
        assertThat(displayed("户口本首页.jpg", FileType.JPEG)).isEqualTo("户口本首页.jpg");
    }

    @Test
    void namesAFileThatHadNoUsableName() {
        assertThat(displayed(null, FileType.PDF)).isEqualTo("file.pdf");
        assertThat(displayed("   ", FileType.JPEG)).isEqualTo("file.jpg");
        assertThat(displayed("scan.", FileType.PDF)).isEqualTo("scan.pdf");
    }

    @Test
    void shortensLongNamesToOneHundredCharactersKeepingTheExtension() {
        String name = displayed("证".repeat(300) + ".pdf", FileType.PDF);

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith(".pdf").startsWith("证证证");
    }

    @Test
    void extensionsAreReadFromTheLastDot() {
        assertThat(FileNames.extension("a.tar.gz")).contains("gz");
        assertThat(FileNames.extension("README")).isEmpty();
        assertThat(FileType.ofExtension("PDF")).contains(FileType.PDF);
        assertThat(FileType.ofExtension("svg")).isEmpty();
    }
}
