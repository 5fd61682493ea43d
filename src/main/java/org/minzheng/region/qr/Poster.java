package org.minzheng.region.qr;

import org.minzheng.shared.RegionCode;
import org.minzheng.shared.qr.QrCode;

/**
 * One village's poster: where it hangs and where its QR code leads.
 *
 * @param townshipName the village's parent, usually a township or street
 * @param countyName the parent's parent, usually a county or district
 * @param demo the village's code is a generated stand-in, so its QR code will change once the
 *     official village file is imported: such a poster must not be hung
 */
public record Poster(
        RegionCode code, String villageName, String townshipName, String countyName, boolean demo, String url) {

    /** Pixels of the on-page image; whole-pixel modules keep it sharp when printed 8 cm wide. */
    static final int PAGE_PIXELS = 600;

    /** Pixels of a downloaded PNG: 10 cm at 300 dpi, for print shops and other materials. */
    static final int DOWNLOAD_PIXELS = 1200;

    QrCode qrCode() {
        return QrCode.of(url);
    }

    /** The QR code inline, so a print view of hundreds of posters is one request. */
    public String qrImage() {
        return qrCode().dataUri(PAGE_PIXELS);
    }

    /** {@code <villageCode>-<villageName>.png}, with characters that file systems refuse replaced. */
    String fileName() {
        return code.value() + "-" + villageName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".png";
    }
}
