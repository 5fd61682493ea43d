package org.minzheng.eldercare.assessment;

/**
 * Filters of the agency list.
 *
 * @param status {@code active}, {@code inactive} or empty for both
 * @param text part of the name, or a whole credit code
 */
record AgencySearch(String text, String status) {

    AgencySearch {
        text = AgencyForm.strip(text);
        status = "active".equals(status) || "inactive".equals(status) ? status : "";
    }
}
