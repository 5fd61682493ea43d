package org.minzheng.shared.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A QR code for a piece of text, drawn as a black-and-white PNG. Level M survives a scuffed or
 * partly covered print on a village notice board; the two-module quiet zone is enough because every
 * place we draw one already leaves white space around it.
 *
 * @param content what a scanner reads, e.g. a URL
 */
public record QrCode(String content) {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            "UTF-8",
            EncodeHintType.MARGIN,
            2);

    /** Indexes into the two-colour palette of {@link BufferedImage#TYPE_BYTE_BINARY}. */
    private static final int BLACK = 0;

    private static final int WHITE = 1;

    public QrCode {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs content");
        }
    }

    public static QrCode of(String content) {
        return new QrCode(content);
    }

    /** A square PNG of {@code size} pixels; modules are whole pixels, so it stays sharp when scaled up. */
    public byte[] png(int size) {
        var bytes = new ByteArrayOutputStream();
        writePng(size, bytes);
        return bytes.toByteArray();
    }

    /** Writes the PNG to {@code out} and leaves it open, e.g. for the next entry of a ZIP. */
    public void writePng(int size, OutputStream out) {
        ImageWriter png = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO's default stream caches in a temporary file, slow and needing a writable disk.
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            png.setOutput(stream);
            png.write(image(size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            png.dispose();
        }
    }

    /** The PNG as a {@code data:} URI, for an image that must not be a separate request. */
    public String dataUri(int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(size));
    }

    /**
     * One bit per pixel, written a row at a time. ZXing's MatrixToImageWriter sets every pixel through
     * the colour model, five times slower: a county's 380 posters took seconds longer to print or zip.
     */
    private BufferedImage image(int size) {
        BitMatrix matrix = matrix(size);
        int width = matrix.getWidth();
        var image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[width];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                row[x] = matrix.get(x, y) ? BLACK : WHITE;
            }
            raster.setPixels(0, y, width, 1, row);
        }
        return image;
    }

    private BitMatrix matrix(int size) {
        if (size < 21) {
            throw new IllegalArgumentException("A QR code needs at least 21 pixels, not " + size);
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Content too long for a QR code", e);
        }
    }

    /** Keeps the content (which may be a secret, as in a TOTP enrolment) out of logs. */
    @Override
    public String toString() {
        return "QrCode[" + content.length() + " characters]";
    }
}
