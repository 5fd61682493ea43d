package org.minzheng.dictionary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@code dict} bean for templates: {@code ${@dict.entries('ethnicity')}} for the options of a
 * select and {@code ${@dict.label('ethnicity', code)}} for a stored code, in the current locale.
 * Within one request each label is looked up once, as a table repeats the same few codes on every row.
 */
@Component("dict")
public class DictionaryLabels {

    private static final String CACHE = DictionaryLabels.class.getName() + ".labels";

    private final Dictionaries dictionaries;

    DictionaryLabels(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The enabled entries in display order. */
    public List<DictionaryEntry> entries(String dictionaryCode) {
        return dictionaries.entries(dictionaryCode);
    }

    /** The label in the current locale; the code itself when it is not (or no longer) in the dictionary, blank for none. */
    public String label(String dictionaryCode, String entryCode) {
        if (entryCode == null || entryCode.isBlank()) {
            return "";
        }
        var locale = LocaleContextHolder.getLocale();
        String key = dictionaryCode + '\u0000' + entryCode + '\u0000' + Dictionaries.isEnglish(locale);
        Map<String, String> cache = requestCache();
        return cache.computeIfAbsent(
                key, k -> dictionaries.label(dictionaryCode, entryCode, locale).orElse(entryCode));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> requestCache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object cache = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, String>();
            request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cache;
    }
}
