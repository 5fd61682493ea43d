package org.minzheng.eldercare.supervision;

/**
 * One row of the supervision table: a county, a township or a provider with its figures.
 *
 * @param region the 12-digit code to open one level down, or null when the row cannot be opened
 * @param providerId set on provider rows, opening the provider's visits in the township
 */
record SupervisionRow(String key, String name, String region, Long providerId, ServiceFigures figures) {

    public boolean opens() {
        return region != null;
    }
}
