package org.minzheng.eldercare.bed;

/** The list's filters; blank means any. */
record BedSearch(String status, String village) {

    BedSearch {
        status = status == null ? "" : status.strip();
        village = village == null ? "" : village.strip();
    }
}
