package org.minzheng.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.UploadRefused;

class UploadCheckTests {

    static final int LIMIT = 1024;
    final UploadCheck check = new UploadCheck(LIMIT, "1 KB");

    static Upload upload(String name, byte[] content) {
        return new Upload(name, new ByteArrayInputStream(content), content.length, "assistance-case", null);
    }

    @Test
    void acceptsJpegPngAndPdfByTheirContent() {
        assertThat(check.check(upload("id-card.jpg", SampleFiles.jpeg())).type())
                .isEqualTo(FileType.JPEG);
        assertThat(check.check(upload("id-card.JPEG", SampleFiles.jpeg())).type())
                .isEqualTo(FileType.JPEG);
        assertThat(check.check(upload("photo.png", SampleFiles.png())).type()).isEqualTo(FileType.PNG);
        assertThat(check.check(upload("certificate.pdf", SampleFiles.pdf())).type())
                .isEqualTo(FileType.PDF);
    }

    @Test
    void refusesHtmlDisguisedAsAPhoto() {
        assertRefused(upload("photo.jpg", SampleFiles.html()), UploadCheck.CONTENT_MISMATCH);
        assertRefused(upload("photo.png", SampleFiles.windowsProgram()), UploadCheck.CONTENT_MISMATCH);
    }

    @Test
    void refusesAPictureWhoseExtensionClaimsAnotherType() {
        assertRefused(upload("x.pdf", SampleFiles.png()), UploadCheck.CONTENT_MISMATCH);
        assertRefused(upload("x.png", SampleFiles.jpeg()), UploadCheck.CONTENT_MISMATCH);
    }

    @Test
    void refusesTypesWeDoNotKeepWhateverTheirContent() {
        assertRefused(upload("setup.exe", SampleFiles.windowsProgram()), UploadCheck.TYPE_NOT_ALLOWED);
        assertRefused(upload("page.html", SampleFiles.html()), UploadCheck.TYPE_NOT_ALLOWED);
        assertRefused(upload("photo.png.exe", SampleFiles.png()), UploadCheck.TYPE_NOT_ALLOWED);
        assertRefused(upload("no-extension", SampleFiles.html()), UploadCheck.TYPE_NOT_ALLOWED);
    }

    @Test
    void acceptsANameWithoutExtensionWhenTheContentIsAllowedAndNamesItAfterTheContent() {
        UploadCheck.Accepted accepted = check.check(upload("image", SampleFiles.png()));

        assertThat(accepted.name()).isEqualTo("image.png");
        assertThat(accepted.type()).isEqualTo(FileType.PNG);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(upload("empty.pdf", new byte[0]), UploadCheck.EMPTY);
    }

    @Test
    void refusesAFileOneByteOverTheLimitWithTheLimitInTheMessage() {
        byte[] tooLarge = Arrays.copyOf(SampleFiles.pdf(), LIMIT + 1);
        var undeclared = new Upload("big.pdf", new ByteArrayInputStream(tooLarge), -1, "assistance-case", null);

        assertThatThrownBy(() -> check.check(undeclared)).isInstanceOfSatisfying(UploadRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(UploadCheck.TOO_LARGE);
            assertThat(refused.arguments()).containsExactly("1 KB");
        });
        assertThat(check.check(upload("exact.pdf", Arrays.copyOf(SampleFiles.pdf(), LIMIT)))
                        .content())
                .hasSize(LIMIT);
    }

    @Test
    void refusesAFileDeclaredTooLargeWithoutReadingIt() {
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the content of a declared oversized file must not be read");
            }
        };
        assertRefused(new Upload("big.pdf", neverRead, LIMIT + 1L, "assistance-case", null), UploadCheck.TOO_LARGE);
    }

    @Test
    void readsNoMoreThanOneByteOverTheLimit() {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return '%';
            }
        };
        assertRefused(new Upload("endless.pdf", endless, -1, "assistance-case", null), UploadCheck.TOO_LARGE);
        assertThat(endless.served).isLessThanOrEqualTo(LIMIT + 1L);
    }

    @Test
    void keepsACleanDisplayName() {
        assertThat(check.check(upload("../../etc/passwd.png", SampleFiles.png()))
                        .name())
                .isEqualTo("passwd.png");
        assertThat(check.check(upload("C:\\x\\a.png", SampleFiles.png())).name())
                .isEqualTo("a.png");
    }

    private void assertRefused(Upload upload, String messageKey) {
        assertThatThrownBy(() -> check.check(upload))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo(messageKey));
    }
}
