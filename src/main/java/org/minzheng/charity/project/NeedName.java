package org.minzheng.charity.project;

import java.util.Locale;

/** A need category of the needs list as a project names it. */
record NeedName(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
