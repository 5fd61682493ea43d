package org.minzheng.dictionary;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dictionaries made for one test. All integration tests share one database, so every dictionary
 * gets a fresh code and the seeded standard tables are never touched.
 */
public class DictionaryFixtures {

    private final JdbcTemplate jdbc;

    public DictionaryFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String freshCode() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A dictionary administrators made, with entries A (甲, sort 10), B (乙, 20), C (丙, 30). */
    public String aLocalDictionary() {
        return create(
                false,
                List.of(
                        new Row("A", "甲", "Alpha", false),
                        new Row("B", "乙", "Beta", false),
                        new Row("C", "丙", "Gamma", false)));
    }

    /** A built-in dictionary like the seeded standard tables, with built-in entries 1 (一) and 2 (二). */
    public String aBuiltinDictionary() {
        return create(true, List.of(new Row("1", "一", "One", true), new Row("2", "二", "Two", true)));
    }

    /** A local dictionary holding one built-in entry S (标准) and one added entry L (本地). */
    public String aDictionaryWithBuiltinEntry() {
        return create(false, List.of(new Row("S", "标准", "Standard", true), new Row("L", "本地", "Local", false)));
    }

    public int entryCount(String dictionaryCode) {
        return jdbc.queryForObject(
                "select count(*) from dictionary.entries where dictionary_code = ?", Integer.class, dictionaryCode);
    }

    public boolean exists(String dictionaryCode) {
        return jdbc.queryForObject(
                "select exists (select 1 from dictionary.dictionaries where code = ?)", Boolean.class, dictionaryCode);
    }

    public List<String> codesInOrder(String dictionaryCode) {
        return jdbc.queryForList(
                "select code from dictionary.entries where dictionary_code = ? order by sort_order, code",
                String.class,
                dictionaryCode);
    }

    public String labelZh(String dictionaryCode, String entryCode) {
        return jdbc.queryForObject(
                "select label_zh from dictionary.entries where dictionary_code = ? and code = ?",
                String.class,
                dictionaryCode,
                entryCode);
    }

    public boolean enabled(String dictionaryCode, String entryCode) {
        return jdbc.queryForObject(
                "select enabled from dictionary.entries where dictionary_code = ? and code = ?",
                Boolean.class,
                dictionaryCode,
                entryCode);
    }

    public int sortOrder(String dictionaryCode, String entryCode) {
        return jdbc.queryForObject(
                "select sort_order from dictionary.entries where dictionary_code = ? and code = ?",
                Integer.class,
                dictionaryCode,
                entryCode);
    }

    /** Audit actions recorded for a target, oldest first, as {@code action target region}. */
    public List<String> auditTrail(String targetPrefix) {
        return jdbc.queryForList(
                "select action || ' ' || target_id || ' ' || coalesce(region_code, '-') from audit.audit_entries where target_id like ? order by id",
                String.class,
                targetPrefix + "%");
    }

    private String create(boolean builtin, List<Row> rows) {
        String code = freshCode();
        jdbc.update(
                "insert into dictionary.dictionaries (code, name_zh, name_en, description, builtin) values (?, ?, ?, ?, ?)",
                code,
                "测试字典" + code,
                "Test " + code,
                "for tests",
                builtin);
        int sort = 10;
        for (Row row : rows) {
            jdbc.update(
                    "insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values (?, ?, ?, ?, ?, ?)",
                    code,
                    row.code(),
                    row.labelZh(),
                    row.labelEn(),
                    sort,
                    row.builtin());
            sort += 10;
        }
        return code;
    }

    private record Row(String code, String labelZh, String labelEn, boolean builtin) {}
}
