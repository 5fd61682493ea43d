package org.minzheng.policy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rule authors read docs/rule-attributes.md: it must name every attribute and every option. */
class AttributeDocumentationTests {

    @Test
    void theDocumentationNamesEveryAttributeAndOption() throws IOException {
        String page = Files.readString(Path.of("docs/rule-attributes.md"));
        for (Attribute attribute : AttributeSchema.standard().attributes()) {
            assertThat(page).as(attribute.path()).contains("`" + attribute.path() + "`");
            for (String option : attribute.options()) {
                assertThat(page).as(attribute.path() + " option " + option).contains("`" + option + "`");
            }
        }
    }
}
