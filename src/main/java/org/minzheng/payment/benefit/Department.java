package org.minzheng.payment.benefit;

import java.util.Locale;

/**
 * A department that delivers benefit records (医保局, 人社局, 残联 …).
 *
 * @param code the department's short code, also the first part of its API key
 * @param apiOpen whether an API key was issued
 */
record Department(String code, String nameZh, String nameEn, String hotline, boolean active, boolean apiOpen) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
