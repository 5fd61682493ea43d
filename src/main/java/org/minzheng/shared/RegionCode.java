package org.minzheng.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit NBS statistical division code (统计用区划代码), laid out as {@code PP CC DD TTT VVV}.
 *
 * <p>Shorter forms (2, 4, 6 or 9 digits) are padded with zeros on the right, which is how the
 * codes are stored ({@code CHAR(12)}). The level follows from the trailing zero groups.
 */
public record RegionCode(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final String ZEROS = "000000000000";

    public RegionCode {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A region code must have exactly 12 digits");
        }
        if (value.startsWith("00")) {
            throw new IllegalArgumentException("A region code must start with a province code other than 00");
        }
    }

    /**
     * Accepts the 2-, 4-, 6-, 9- or 12-digit form, e.g. {@code "3716"} or {@code "371602005"}.
     *
     * @throws IllegalArgumentException for any other input; the message never repeats the input,
     *     which may be personal data typed into the wrong field
     */
    public static RegionCode of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("A region code is required");
        }
        String digits = code.strip();
        if (!hasAcceptedLength(digits.length()) || !digits.chars().allMatch(RegionCode::isAsciiDigit)) {
            throw new IllegalArgumentException("A region code must have 2, 4, 6, 9 or 12 digits");
        }
        return new RegionCode(digits + ZEROS.substring(digits.length()));
    }

    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        String digits = code.strip();
        return hasAcceptedLength(digits.length())
                && digits.chars().allMatch(RegionCode::isAsciiDigit)
                && !digits.startsWith("00");
    }

    public RegionLevel level() {
        if (!isZeros(9, 12)) {
            return RegionLevel.VILLAGE;
        }
        if (!isZeros(6, 9)) {
            return RegionLevel.TOWNSHIP;
        }
        if (!isZeros(4, 6)) {
            return RegionLevel.COUNTY;
        }
        if (!isZeros(2, 4)) {
            return RegionLevel.CITY;
        }
        return RegionLevel.PROVINCE;
    }

    /**
     * The leading digits that every code in this unit's subtree shares, e.g. {@code "3716"} for
     * 滨州市; used as the prefix of {@code region_code like :prefix || '%'} data-scope queries.
     */
    public String significantDigits() {
        return value.substring(0, level().significantDigits());
    }

    /**
     * The nearest enclosing unit. Levels may be skipped: 东莞's townships sit directly under the
     * city, so their parent is a city-level code.
     */
    public Optional<RegionCode> parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        RegionLevel above = RegionLevel.values()[level.ordinal() - 1];
        return Optional.of(truncatedTo(above));
    }

    /** Whether {@code other} is this unit or lies anywhere below it. */
    public boolean contains(RegionCode other) {
        return other != null && other.value.startsWith(significantDigits());
    }

    /**
     * The code cut to the digits of {@code level}, e.g. the county of a village. Where that level
     * is skipped in the hierarchy the result is the nearest ancestor above it.
     *
     * @throws IllegalArgumentException if {@code level} is deeper than this code's own level
     */
    public RegionCode ancestorAt(RegionLevel level) {
        if (level.isDeeperThan(level())) {
            throw new IllegalArgumentException(
                    "Cannot take the " + level + " ancestor of a " + level() + "-level region code");
        }
        return truncatedTo(level);
    }

    @Override
    public String toString() {
        return value;
    }

    private RegionCode truncatedTo(RegionLevel level) {
        int keep = level.significantDigits();
        return new RegionCode(value.substring(0, keep) + ZEROS.substring(keep));
    }

    private boolean isZeros(int from, int to) {
        return value.substring(from, to).chars().allMatch(c -> c == '0');
    }

    private static boolean hasAcceptedLength(int length) {
        return length == 2 || length == 4 || length == 6 || length == 9 || length == 12;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
