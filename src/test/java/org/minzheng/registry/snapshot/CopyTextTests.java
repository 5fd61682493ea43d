package org.minzheng.registry.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTests {

    @Test
    void splitsOnTabsAndReadsNulls() {
        assertThat(CopyText.fields("1\t\\N\t\tabc\n", 4)).containsExactly("1", null, "", "abc");
    }

    @Test
    void undoesBackslashEscapes() {
        assertThat(CopyText.fields("a\\tb\tc\\\\d\te\\nf", 3)).containsExactly("a\tb", "c\\d", "e\nf");
    }
}
