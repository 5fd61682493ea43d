package org.minzheng.eldercare.supervision;

/**
 * The part of the city the figures are about: every record whose region code starts with {@code prefix},
 * and of one provider only when {@code providerId} is set. The prefix comes from a region already checked
 * against the staff member's data scope.
 */
record Area(String prefix, Long providerId) {

    static Area of(String prefix) {
        return new Area(prefix, null);
    }
}
