package org.minzheng.policy;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** A department whose policies the catalogue gathers, e.g. 民政 or 人社. */
public record Department(String code, String nameZh, String nameEn) {

    /** The name in the language of the current request. */
    public String name() {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
