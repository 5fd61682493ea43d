package org.minzheng.rescue.escort;

import java.util.List;

/**
 * The 34 provincial-level divisions by the first two digits of their region code; their names are in the message
 * bundle ({@code rescue.escort.province.NN}). Binzhou is in Shandong (37): any other destination is cross-province.
 */
final class Provinces {

    static final String SHANDONG = "37";
    static final List<String> CODES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private Provinces() {}

    static boolean known(String code) {
        return CODES.contains(code);
    }

    static boolean crossProvince(String code) {
        return !SHANDONG.equals(code);
    }
}
