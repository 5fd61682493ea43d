package org.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Keeps templates honest: Chinese text in a template is only the natural-templating placeholder that
 * a th:text replaces, every message key a template names exists, no inline script or style.
 */
class TemplateConventionsTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** {@code #{key}} in expressions, and the label key handed to the {@code fragments/forms :: field} fragment. */
    static final Pattern MESSAGE_KEY =
            Pattern.compile("#\\{([A-Za-z0-9_.:-]+)[}(]|forms :: field\\('\\w+', '([A-Za-z0-9_.:-]+)'");

    @Test
    void visibleChineseTextIsAlwaysReplacedFromMessageBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean hasCjkText = element.textNodes().stream()
                        .map(TextNode::text)
                        .anyMatch(t -> CJK.matcher(t).find());
                if (hasCjkText && !replacedAtRuntime(element)) {
                    offenders.add(
                            TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + element.ownText());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyMessageKeyInTemplatesExistsInTheChineseBundles() throws IOException {
        var keys = MessageBundleTests.keys(MessageBundleTests.CHINESE);
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!keys.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noInlineScriptsOrStylesThatTheContentSecurityPolicyWouldBlock() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("style")
                        || element.hasAttr("onclick")
                        || element.hasAttr("onsubmit")
                        || (element.tagName().equals("script") && !element.hasAttr("th:src") && !element.hasAttr("src"))
                        || element.tagName().equals("style")) {
                    offenders.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + ">");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean replacedAtRuntime(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text")
                    || e.hasAttr("th:utext")
                    || e.hasAttr("th:errors")
                    || e.hasAttr("th:replace")
                    || e.hasAttr("th:insert")) {
                return true;
            }
        }
        return false;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
