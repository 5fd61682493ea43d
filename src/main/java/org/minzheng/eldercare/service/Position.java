package org.minzheng.eldercare.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where the phone was when the caregiver tapped, if the caregiver let the browser tell; optional, because
 * many cheap phones have location off and a farmhouse may have no fix.
 */
record Position(BigDecimal latitude, BigDecimal longitude) {

    private static final int MAX_LENGTH = 20;

    /** Null unless both are numbers in range. */
    static Position parse(String latitude, String longitude) {
        try {
            if (latitude == null
                    || longitude == null
                    || latitude.isBlank()
                    || longitude.isBlank()
                    || latitude.length() > MAX_LENGTH
                    || longitude.length() > MAX_LENGTH) {
                return null;
            }
            BigDecimal lat = new BigDecimal(latitude.strip()).setScale(6, RoundingMode.HALF_UP);
            BigDecimal lng = new BigDecimal(longitude.strip()).setScale(6, RoundingMode.HALF_UP);
            if (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0 || lng.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                return null;
            }
            return new Position(lat, lng);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
