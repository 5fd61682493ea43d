package org.minzheng.dictionary.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.dictionary.DictionaryEntry;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes of {@code dictionary.dictionaries} and {@code dictionary.entries}. Dictionaries are
 * city-wide configuration, so no query here carries a region scope; who may change them is decided
 * by permission alone.
 */
@Repository
public class DictionaryRepository implements Dictionaries {

    private static final String ENTRY =
            "select code, label_zh, label_en, sort_order, enabled, builtin from dictionary.entries ";

    private final JdbcClient jdbc;

    DictionaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DictionaryEntry> entries(String dictionaryCode) {
        if (dictionaryCode == null) {
            return List.of();
        }
        return jdbc
                .sql(ENTRY + "where dictionary_code = :dictionary and enabled order by sort_order, code")
                .param("dictionary", dictionaryCode)
                .query(DictionaryRepository::entry)
                .list()
                .stream()
                .map(Entry::toDictionaryEntry)
                .toList();
    }

    @Override
    public Optional<String> label(String dictionaryCode, String entryCode, Locale locale) {
        if (dictionaryCode == null || entryCode == null) {
            return Optional.empty();
        }
        return findEntry(dictionaryCode, entryCode).map(entry -> entry.label(locale));
    }

    @Override
    public boolean isValid(String dictionaryCode, String entryCode) {
        if (dictionaryCode == null || entryCode == null) {
            return false;
        }
        return jdbc.sql(
                        "select exists (select 1 from dictionary.entries where dictionary_code = :dictionary and code = :code and enabled)")
                .param("dictionary", dictionaryCode)
                .param("code", entryCode)
                .query(Boolean.class)
                .single();
    }

    public Optional<Dictionary> find(String code) {
        return jdbc.sql(
                        "select code, name_zh, name_en, description, builtin from dictionary.dictionaries where code = :code")
                .param("code", code)
                .query(DictionaryRepository::dictionary)
                .optional();
    }

    /** Dictionaries whose code or name contains {@code text}, built-in ones first. */
    Page<DictionaryListing> search(String text, Pageable page) {
        String where = text.isEmpty()
                ? ""
                : " where d.code ilike :pattern or d.name_zh like :pattern or d.name_en ilike :pattern";
        String pattern = "%" + Like.escape(text) + "%";
        long total = jdbc.sql("select count(*) from dictionary.dictionaries d" + where)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        List<DictionaryListing> rows = jdbc.sql("""
                        select d.code, d.name_zh, d.name_en, d.description, d.builtin,
                               count(e.code) as entry_count, count(e.code) filter (where e.enabled) as enabled_count
                        from dictionary.dictionaries d
                        left join dictionary.entries e on e.dictionary_code = d.code
                        """ + where + """

                        group by d.code
                        order by d.builtin desc, d.code
                        limit :limit offset :offset
                        """)
                .param("pattern", pattern)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) ->
                        new DictionaryListing(dictionary(rs, n), rs.getInt("entry_count"), rs.getInt("enabled_count")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** All entries, disabled ones included, in display order. */
    public List<Entry> allEntries(String dictionaryCode) {
        return jdbc.sql(ENTRY + "where dictionary_code = :dictionary order by sort_order, code")
                .param("dictionary", dictionaryCode)
                .query(DictionaryRepository::entry)
                .list();
    }

    Optional<Entry> findEntry(String dictionaryCode, String entryCode) {
        return jdbc.sql(ENTRY + "where dictionary_code = :dictionary and code = :code")
                .param("dictionary", dictionaryCode)
                .param("code", entryCode)
                .query(DictionaryRepository::entry)
                .optional();
    }

    /** @return false when the code is taken */
    boolean insert(Dictionary dictionary) {
        return jdbc.sql("""
                        insert into dictionary.dictionaries (code, name_zh, name_en, description, builtin)
                        values (:code, :nameZh, :nameEn, :description, false)
                        on conflict (code) do nothing
                        """)
                        .param("code", dictionary.code())
                        .param("nameZh", dictionary.nameZh())
                        .param("nameEn", dictionary.nameEn())
                        .param("description", dictionary.description())
                        .update()
                == 1;
    }

    void update(Dictionary dictionary) {
        jdbc.sql("""
                        update dictionary.dictionaries
                        set name_zh = :nameZh, name_en = :nameEn, description = :description, updated_at = now()
                        where code = :code
                        """)
                .param("code", dictionary.code())
                .param("nameZh", dictionary.nameZh())
                .param("nameEn", dictionary.nameEn())
                .param("description", dictionary.description())
                .update();
    }

    /** Deletes a dictionary that is not built in, with its entries; @return whether it did */
    boolean deleteUnlessBuiltin(String code) {
        return jdbc.sql("delete from dictionary.dictionaries where code = :code and not builtin")
                        .param("code", code)
                        .update()
                == 1;
    }

    /** @return false when the code is taken */
    boolean insert(String dictionaryCode, Entry entry) {
        return jdbc.sql("""
                        insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, enabled, builtin)
                        values (:dictionary, :code, :labelZh, :labelEn, :sortOrder, :enabled, false)
                        on conflict (dictionary_code, code) do nothing
                        """)
                        .param("dictionary", dictionaryCode)
                        .param("code", entry.code())
                        .param("labelZh", entry.labelZh())
                        .param("labelEn", entry.labelEn())
                        .param("sortOrder", entry.sortOrder())
                        .param("enabled", entry.enabled())
                        .update()
                == 1;
    }

    void update(String dictionaryCode, Entry entry) {
        jdbc.sql("""
                        update dictionary.entries
                        set label_zh = :labelZh, label_en = :labelEn, sort_order = :sortOrder, enabled = :enabled, updated_at = now()
                        where dictionary_code = :dictionary and code = :code
                        """)
                .param("dictionary", dictionaryCode)
                .param("code", entry.code())
                .param("labelZh", entry.labelZh())
                .param("labelEn", entry.labelEn())
                .param("sortOrder", entry.sortOrder())
                .param("enabled", entry.enabled())
                .update();
    }

    void setEnabled(String dictionaryCode, String entryCode, boolean enabled) {
        jdbc.sql(
                        "update dictionary.entries set enabled = :enabled, updated_at = now() where dictionary_code = :dictionary and code = :code")
                .param("dictionary", dictionaryCode)
                .param("code", entryCode)
                .param("enabled", enabled)
                .update();
    }

    /** Deletes an entry that is not built in; @return whether it did */
    boolean deleteUnlessBuiltin(String dictionaryCode, String entryCode) {
        return jdbc.sql(
                                "delete from dictionary.entries where dictionary_code = :dictionary and code = :code and not builtin")
                        .param("dictionary", dictionaryCode)
                        .param("code", entryCode)
                        .update()
                == 1;
    }

    /** The sort order that puts a new entry last. */
    public int nextSortOrder(String dictionaryCode) {
        return jdbc.sql(
                        "select coalesce(max(sort_order), 0) + 10 from dictionary.entries where dictionary_code = :dictionary")
                .param("dictionary", dictionaryCode)
                .query(Integer.class)
                .single();
    }

    /**
     * Swaps an entry with its neighbour in display order. The list is first renumbered 10, 20, 30 …
     * so that entries sharing a sort order still move.
     *
     * @return false when the entry is already first (or last)
     */
    boolean swapWithNeighbour(String dictionaryCode, String entryCode, boolean up) {
        jdbc.sql("""
                        update dictionary.entries e set sort_order = r.position * 10
                        from (select code, row_number() over (order by sort_order, code) as position
                              from dictionary.entries where dictionary_code = :dictionary) r
                        where e.dictionary_code = :dictionary and e.code = r.code and e.sort_order <> r.position * 10
                        """).param("dictionary", dictionaryCode).update();
        return jdbc.sql("""
                        with me as (
                            select code, sort_order from dictionary.entries where dictionary_code = :dictionary and code = :code
                        ), neighbour as (
                            select e.code, e.sort_order from dictionary.entries e, me
                            where e.dictionary_code = :dictionary
                              and (case when :up then e.sort_order < me.sort_order else e.sort_order > me.sort_order end)
                            order by case when :up then -e.sort_order else e.sort_order end
                            limit 1
                        )
                        update dictionary.entries e
                        set sort_order = case when e.code = me.code then neighbour.sort_order else me.sort_order end,
                            updated_at = now()
                        from me, neighbour
                        where e.dictionary_code = :dictionary and e.code in (me.code, neighbour.code)
                        """)
                        .param("dictionary", dictionaryCode)
                        .param("code", entryCode)
                        .param("up", up)
                        .update()
                == 2;
    }

    private static Dictionary dictionary(ResultSet rs, int row) throws SQLException {
        return new Dictionary(
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getBoolean("builtin"));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getString("code"),
                rs.getString("label_zh"),
                rs.getString("label_en"),
                rs.getInt("sort_order"),
                rs.getBoolean("enabled"),
                rs.getBoolean("builtin"));
    }
}
