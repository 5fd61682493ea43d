package org.minzheng.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps both bundles in step with each other and with every key the module's code and templates use. */
class DictionaryMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{((?:dictionary|menu\\.dictionary)[\\w.]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"\\{?((?:menu\\.)?dictionary(?:\\.[\\w.]+)?)\\}?\"");
    /** The module name and the audit target types, not messages. */
    private static final Set<String> NOT_MESSAGES = Set.of("dictionary", "dictionary.dictionary", "dictionary.entry");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/dictionary_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/dictionary.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Path.of("src/main/resources/templates/dictionary"), TEMPLATE_KEY));
        used.addAll(keys(Path.of("src/main/java/org/minzheng/dictionary"), JAVA_KEY));
        used.removeAll(NOT_MESSAGES);
        used.add("permission.dictionary:entry:view");
        used.add("permission.dictionary:entry:manage");
        assertThat(used).contains("dictionary.import.error.size", "dictionary.validation.label", "menu.dictionary");

        for (String file : new String[] {"i18n/dictionary.properties", "i18n/dictionary_en.properties"}) {
            Properties messages = bundle(file);
            assertThat(used).allSatisfy(key -> assertThat(
                            messages.getProperty(key) != null || messages.getProperty("audit.action." + key) != null)
                    .as(file + " " + key)
                    .isTrue());
        }
    }

    @Test
    void chineseBundleIsWrittenInChinese() throws IOException {
        Properties chinese = bundle("i18n/dictionary.properties");
        assertThat(chinese.getProperty("menu.dictionary")).isEqualTo("数据字典");
        assertThat(chinese.getProperty("permission.dictionary:entry:manage")).isEqualTo("维护数据字典");
    }

    private static Set<String> keys(Path folder, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DictionaryMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
