package org.minzheng.assistance;

/** How a case came in: by the citizen through the village QR code, or entered by staff (代办). */
public enum Channel {
    PORTAL,
    WALK_IN,
    PHONE
}
