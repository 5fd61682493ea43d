package org.minzheng.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.audit.chain.ChainVerification;

class AuditMessagesTests {

    /** Actions written today and those the staff and dictionary pages are about to write. */
    static final List<String> NAMED_ACTIONS = List.of(
            "staff.login.success",
            "staff.login.failure",
            "staff.account.locked",
            "staff.password.change",
            "region.division.import",
            "pii.reveal.phone",
            "audit.chain.verify",
            "staff.account.create",
            "staff.account.update",
            "staff.account.disable",
            "staff.account.enable",
            "staff.account.unlock",
            "staff.account.password-reset",
            "staff.account.totp-reset",
            "staff.role.create",
            "staff.role.update",
            "staff.role.delete",
            "dictionary.entry.create",
            "dictionary.entry.update",
            "dictionary.entry.delete",
            "dictionary.entry.enable",
            "dictionary.entry.disable",
            "dictionary.entry.import",
            "dictionary.dictionary.create",
            "dictionary.dictionary.update",
            "dictionary.dictionary.delete");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/audit_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/audit.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeBuildsIsTranslated() throws IOException {
        List<String> used = new ArrayList<>();
        for (AuditCategory category : AuditCategory.values()) {
            used.add("audit.category." + category.name());
        }
        for (AuditOutcome outcome : AuditOutcome.values()) {
            used.add("audit.outcome." + outcome.name());
        }
        for (ChainVerification.Break reason : ChainVerification.Break.values()) {
            used.add(reason.messageKey());
        }
        for (AuditView view : AuditView.values()) {
            used.add(view.titleKey());
            used.add(view.introKey());
        }
        for (String permission : new AuditConsole().auditPermissions().permissions()) {
            used.add("permission." + permission);
        }
        for (String file : List.of("i18n/audit.properties", "i18n/audit_en.properties")) {
            Properties messages = bundle(file);
            assertThat(used).allSatisfy(key -> assertThat(messages.getProperty(key))
                    .as(file + " " + key)
                    .isNotBlank());
        }
    }

    /** A module may label its own actions in its own bundle (dictionary does); the console reads them all. */
    @Test
    void everyNamedActionHasALabelInSomeBundle() throws IOException {
        for (String suffix : List.of("", "_en")) {
            Properties all = allBundles(suffix);
            assertThat(NAMED_ACTIONS).allSatisfy(action -> assertThat(all.getProperty("audit.action." + action))
                    .as(suffix + " " + action)
                    .isNotBlank());
        }
    }

    @Test
    void permissionNamesKeepTheirColons() throws IOException {
        assertThat(bundle("i18n/audit.properties").getProperty("permission.audit:login-log:view"))
                .isEqualTo("查看登录日志");
    }

    private static Properties allBundles(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties"))
                    .toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
