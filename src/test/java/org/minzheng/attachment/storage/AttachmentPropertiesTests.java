package org.minzheng.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class AttachmentPropertiesTests {

    @EnableConfigurationProperties(AttachmentProperties.class)
    static class Settings {}

    @Test
    void refusesToStartWithoutAFolder() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class).run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minzheng.attachments.folder is not set"));
    }

    @Test
    void allowsFiveMegabytesUnlessConfiguredOtherwise() {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .withPropertyValues("minzheng.attachments.folder=files")
                .run(context -> {
                    AttachmentProperties properties = context.getBean(AttachmentProperties.class);
                    assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(properties.readableLimit()).isEqualTo("5 MB");
                });
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .withPropertyValues("minzheng.attachments.folder=files", "minzheng.attachments.max-file-size=512KB")
                .run(context -> assertThat(
                                context.getBean(AttachmentProperties.class).readableLimit())
                        .isEqualTo("512 KB"));
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new AttachmentProperties(Path.of("files"), DataSize.ofBytes(0)))
                .hasMessageContaining("max-file-size");
    }
}
