package org.minzheng.disclosure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.Masking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search on masked names asks the database, which must mask exactly as the page does. */
@IntegrationTest
class DisclosureMaskedSearchTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"王", "王英", "王秀英", "欧阳明华", "爱新觉罗溥仪", " 李四 ", "𠮷田", "张𠮷", "Li Ming", "X"})
    void theDatabaseMasksANameAsThePageDoes(String name) {
        String masked = jdbc.sql(
                        "select " + PaidLedger.MASKED_NAME + " from (select cast(:name as text) as head_name) n")
                .param("name", name)
                .query(String.class)
                .single();

        assertThat(masked).isEqualTo(Masking.name(name));
    }

    @Test
    void whatTheVisitorTypesIsMadeComparableWithMaskedNames() {
        assertThat(PublicListController.maskedSearch(" 王＊英 ")).isEqualTo("王*英");
        assertThat(PublicListController.maskedSearch("王×")).isEqualTo("王*");
        assertThat(PublicListController.maskedSearch("王\u0000英")).isEqualTo("王英");
        assertThat(PublicListController.maskedSearch("一".repeat(50))).hasSize(PublicListController.LONGEST_SEARCH);
        assertThat(PublicListController.maskedSearch(null)).isEmpty();
    }
}
