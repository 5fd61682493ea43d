package org.minzheng.eldercare.provider;

/**
 * Filters of the provider list.
 *
 * @param county 12-digit county code or empty for all within scope
 * @param status {@code contracted}, {@code uncontracted} or empty
 */
record ProviderSearch(String county, String status, String text) {

    ProviderSearch {
        county = ProviderForm.strip(county);
        status = "contracted".equals(status) || "uncontracted".equals(status) ? status : "";
        text = ProviderForm.strip(text);
    }
}
