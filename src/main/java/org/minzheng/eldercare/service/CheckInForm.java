package org.minzheng.eldercare.service;

/**
 * What the phone sends with a check-in, besides the photo: the moment of the tap and, if the caregiver
 * allowed it, the position. All three are filled in by the page's script and may be missing.
 */
record CheckInForm(String tappedAt, String latitude, String longitude) {

    Position position() {
        return Position.parse(latitude, longitude);
    }
}
