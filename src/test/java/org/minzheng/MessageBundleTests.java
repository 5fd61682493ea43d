package org.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English bundles carry the same keys, so switching language never shows a raw key. */
class MessageBundleTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final String CHINESE = "";
    static final String ENGLISH = "_en";

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (String bundle : bundleNames()) {
            Set<String> chinese = load(I18N.resolve(bundle + ".properties")).stringPropertyNames();
            Set<String> english = load(I18N.resolve(bundle + "_en.properties")).stringPropertyNames();
            assertThat(new TreeSet<>(english)).as("English keys of " + bundle).isEqualTo(new TreeSet<>(chinese));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : bundleNames()) {
            for (String key : load(I18N.resolve(bundle + ".properties")).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void applicationPropertiesListEveryBundle() throws IOException {
        String basenames =
                load(Path.of("src/main/resources/application.properties")).getProperty("spring.messages.basename");
        for (String bundle : bundleNames()) {
            assertThat(basenames).contains("i18n/" + bundle);
        }
    }

    static Set<String> keys(String suffix) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : bundleNames()) {
            keys.addAll(load(I18N.resolve(bundle + suffix + ".properties")).stringPropertyNames());
        }
        return keys;
    }

    static Set<String> bundleNames() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
