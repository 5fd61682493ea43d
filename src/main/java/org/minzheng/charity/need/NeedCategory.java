package org.minzheng.charity.need;

/**
 * A kind of hardship on the needs list.
 *
 * @param needPerPersonFen estimated yearly need of one person, for categories counted from the registry
 * @param coveredPerPersonFen what government assistance pays one person a year, likewise
 */
record NeedCategory(
        String code,
        String nameZh,
        String nameEn,
        String description,
        boolean countedFromRegistry,
        Long needPerPersonFen,
        Long coveredPerPersonFen) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
