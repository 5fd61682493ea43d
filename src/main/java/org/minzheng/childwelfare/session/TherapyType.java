package org.minzheng.childwelfare.session;

import java.util.Locale;

/** A therapy of the rehabilitation unit with its price per hour. */
record TherapyType(String code, String nameZh, String nameEn, long pricePerHourFen) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
