package org.minzheng.dictionary.catalog;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to dictionaries and their entries, each audited in its own transaction. Built-in
 * dictionaries and entries keep their codes because forms and imported records rely on them; their
 * labels, order and enabled flag stay editable. Audit entries carry no region: dictionaries are
 * city-wide configuration.
 */
@Service
class DictionaryEditor {

    static final String DICTIONARY = "dictionary.dictionary";
    static final String ENTRY = "dictionary.entry";

    private final DictionaryRepository dictionaries;
    private final AuditLog audit;

    DictionaryEditor(DictionaryRepository dictionaries, AuditLog audit) {
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    /** @return false when a dictionary with this code exists already */
    @Transactional
    boolean create(Dictionary dictionary) {
        if (!dictionaries.insert(dictionary)) {
            return false;
        }
        audit.record(AuditEvent.operation("dictionary.dictionary.create", DICTIONARY, dictionary.code(), null)
                .withDetail(dictionary.nameZh() + " / " + dictionary.nameEn()));
        return true;
    }

    @Transactional
    void rename(Dictionary dictionary) {
        existing(dictionary.code());
        dictionaries.update(dictionary);
        audit.record(AuditEvent.operation("dictionary.dictionary.update", DICTIONARY, dictionary.code(), null)
                .withDetail(dictionary.nameZh() + " / " + dictionary.nameEn()));
    }

    /** @return false for a built-in dictionary, which stays */
    @Transactional
    boolean delete(String code) {
        existing(code);
        if (!dictionaries.deleteUnlessBuiltin(code)) {
            return false;
        }
        audit.record(AuditEvent.operation("dictionary.dictionary.delete", DICTIONARY, code, null));
        return true;
    }

    /** @return false when the dictionary has an entry with this code already */
    @Transactional
    boolean add(String dictionaryCode, Entry entry) {
        existing(dictionaryCode);
        if (!dictionaries.insert(dictionaryCode, entry)) {
            return false;
        }
        audit.record(AuditEvent.operation("dictionary.entry.create", ENTRY, target(dictionaryCode, entry.code()), null)
                .withDetail(describe(entry)));
        return true;
    }

    @Transactional
    void change(String dictionaryCode, Entry entry) {
        existing(dictionaryCode, entry.code());
        dictionaries.update(dictionaryCode, entry);
        audit.record(AuditEvent.operation("dictionary.entry.update", ENTRY, target(dictionaryCode, entry.code()), null)
                .withDetail(describe(entry)));
    }

    @Transactional
    void enable(String dictionaryCode, String entryCode, boolean enabled) {
        Entry entry = existing(dictionaryCode, entryCode);
        if (entry.enabled() == enabled) {
            return;
        }
        dictionaries.setEnabled(dictionaryCode, entryCode, enabled);
        audit.record(AuditEvent.operation(
                enabled ? "dictionary.entry.enable" : "dictionary.entry.disable",
                ENTRY,
                target(dictionaryCode, entryCode),
                null));
    }

    /** @return false when the entry is already at that end of the list */
    @Transactional
    boolean move(String dictionaryCode, String entryCode, boolean up) {
        existing(dictionaryCode, entryCode);
        if (!dictionaries.swapWithNeighbour(dictionaryCode, entryCode, up)) {
            return false;
        }
        audit.record(AuditEvent.operation("dictionary.entry.move", ENTRY, target(dictionaryCode, entryCode), null)
                .withDetail(up ? "up" : "down"));
        return true;
    }

    /** @return false for a built-in entry, which may only be disabled */
    @Transactional
    boolean delete(String dictionaryCode, String entryCode) {
        existing(dictionaryCode, entryCode);
        if (!dictionaries.deleteUnlessBuiltin(dictionaryCode, entryCode)) {
            return false;
        }
        audit.record(AuditEvent.operation("dictionary.entry.delete", ENTRY, target(dictionaryCode, entryCode), null));
        return true;
    }

    Dictionary existing(String code) {
        return dictionaries.find(code).orElseThrow(() -> new NotFoundException("dictionary"));
    }

    Entry existing(String dictionaryCode, String entryCode) {
        return dictionaries
                .findEntry(dictionaryCode, entryCode)
                .orElseThrow(() -> new NotFoundException("dictionary entry"));
    }

    /** The audit target of an entry: {@code dictionary/entry}, e.g. {@code ethnicity/01}. */
    static String target(String dictionaryCode, String entryCode) {
        return dictionaryCode + "/" + entryCode;
    }

    private static String describe(Entry entry) {
        return entry.labelZh() + " / " + entry.labelEn() + ", sort " + entry.sortOrder()
                + (entry.enabled() ? "" : ", disabled");
    }
}
