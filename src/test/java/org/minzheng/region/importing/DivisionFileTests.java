package org.minzheng.region.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DivisionFileTests {

    @Test
    void readsTheQuotedMirrorFormatWithExtraColumns() throws Exception {
        var parsed = parse("code,name,areaCode,provinceCode,cityCode\n371602005,\"彭李街道\",371602,37,3716\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.code().value()).isEqualTo("371602005000");
            assertThat(row.name()).isEqualTo("彭李街道");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void skipsByteOrderMarkCommentsAndBlankLines() throws Exception {
        var parsed = parse("\uFEFF# 来源说明\ncode,name\n\n3716,滨州市\n# 注释\n371602,滨城区\n");
        assertThat(parsed.rows()).extracting(row -> row.name()).containsExactly("滨州市", "滨城区");
    }

    @Test
    void keepsCommasAndQuotesInsideQuotedNames() {
        assertThat(DivisionFile.split("1,\"甲,乙\"\"丙\"\"\",3")).containsExactly("1", "甲,乙\"丙\"", "3");
    }

    @Test
    void reportsTheLineOfEachProblem() throws Exception {
        var parsed = parse("code,name\n3716,滨州市\nabc,坏\n");
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.messageKey()).isEqualTo("region.import.error.code");
        });
    }

    private static DivisionFile.Parsed parse(String text) throws Exception {
        return DivisionFile.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
