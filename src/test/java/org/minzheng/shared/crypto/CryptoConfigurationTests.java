package org.minzheng.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CryptoConfigurationTests {

    private static final String DATA_KEY = base64("test-sm4-key-16!");
    private static final String INDEX_KEY = base64("test-hmac-sm3-index-key-0001");
    private static final String SHORT_KEY = base64("only-15-bytes!!");

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(CryptoConfiguration.class);

    @Test
    void startsWithValidKeys() {
        runner.withPropertyValues("minzheng.crypto.data-key=" + DATA_KEY, "minzheng.crypto.index-key=" + INDEX_KEY)
                .run(context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .hasSingleBean(PersonalDataCipher.class)
                            .hasSingleBean(BlindIndex.class);
                    PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                    assertThat(cipher.decrypt(cipher.encrypt("张三", "test.name"), "test.name"))
                            .isEqualTo("张三");
                    assertThat(context.getBean(CryptoProperties.class).toString())
                            .doesNotContain(DATA_KEY, INDEX_KEY);
                });
    }

    @Test
    void refusesToStartWithoutKeys() {
        runner.run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minzheng.crypto."));
    }

    @Test
    void refusesToStartWithoutTheDataKey() {
        runner.withPropertyValues("minzheng.crypto.index-key=" + INDEX_KEY).run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minzheng.crypto.data-key"));
    }

    @Test
    void refusesToStartWithAShortDataKeyWithoutPrintingIt() {
        runner.withPropertyValues("minzheng.crypto.data-key=" + SHORT_KEY, "minzheng.crypto.index-key=" + INDEX_KEY)
                .run(context -> {
                    assertThat(context)
                            .getFailure()
                            .rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("minzheng.crypto.data-key")
                            .hasMessageContaining("16 bytes");
                    assertThat(allMessages(context.getStartupFailure())).doesNotContain(SHORT_KEY, "only-15-bytes");
                });
    }

    @Test
    void refusesToStartWithAShortIndexKey() {
        runner.withPropertyValues("minzheng.crypto.data-key=" + DATA_KEY, "minzheng.crypto.index-key=" + SHORT_KEY)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("minzheng.crypto.index-key"));
    }

    @Test
    void refusesToStartWithAKeyThatIsNotBase64WithoutPrintingIt() {
        runner.withPropertyValues(
                        "minzheng.crypto.data-key=not base64 at all!", "minzheng.crypto.index-key=" + INDEX_KEY)
                .run(context -> {
                    assertThat(context)
                            .getFailure()
                            .rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("minzheng.crypto.data-key")
                            .hasMessageContaining("base64");
                    assertThat(allMessages(context.getStartupFailure())).doesNotContain("not base64 at all");
                });
    }

    private static String allMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }

    private static String base64(String key) {
        return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.US_ASCII));
    }
}
