package org.minzheng.eldercare.catalogue;

import java.util.Locale;

/** One of the six home-service categories (生活照料 … 信息化服务), kept as configuration. */
record ServiceCategory(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
