package org.favornet.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of an incoming file. A UTF-8 byte-order mark means UTF-8; otherwise the whole
 * file is decoded as strict UTF-8 (streamed, constant memory) and any malformed sequence means
 * GB18030, the superset of GBK/GB2312 that Excel in China writes. A GBK file of Chinese text is
 * almost never valid UTF-8 (its lead bytes 0x81-0xFE rarely form valid continuation patterns),
 * so the test is reliable for real files; pure ASCII is reported as UTF-8 (they agree on it). A
 * file valid in neither is refused ({@link #detect}).
 *
 * @param charset how to decode
 * @param bom bytes to skip at the start
 */
public record TextEncoding(Charset charset, int bom) {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Reports as {@code UTF-8}, {@code UTF-8 (BOM)} or {@code GB18030}. */
    public String label() {
        return bom > 0 ? charset.name() + " (BOM)" : charset.name();
    }

    /**
     * Detects the encoding, reading the whole file (streamed). A file that is valid in neither
     * encoding is refused, naming the line and byte offset of the first byte that fits neither
     * (of the encoding that read further): storing replacement characters would change names
     * and ids silently.
     *
     * @throws FileRejected when the bytes are neither UTF-8 nor GB18030
     */
    public static TextEncoding detect(ImportSource source) throws IOException {
        boolean bom;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
        long utf8 = firstMalformed(source, StandardCharsets.UTF_8, bom ? 3 : 0);
        if (utf8 < 0) {
            return new TextEncoding(StandardCharsets.UTF_8, bom ? 3 : 0);
        }
        if (bom) {
            throw refused(source, utf8, "is not valid UTF-8 (the file starts with a UTF-8 byte-order mark)");
        }
        long gb = firstMalformed(source, GB18030, 0);
        if (gb < 0) {
            return new TextEncoding(GB18030, 0);
        }
        throw refused(source, Math.max(utf8, gb), "is neither UTF-8 nor GB18030 (GBK)");
    }

    private static FileRejected refused(ImportSource source, long offset, String what) throws IOException {
        long line = 1;
        int bad = -1;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            for (long i = 0; i < offset; i++) {
                if (in.read() == '\n') {
                    line++;
                }
            }
            bad = in.read();
        }
        return new FileRejected(String.format("The file cannot be read as text: line %d (byte offset %d, byte 0x%02X) %s. "
                + "Save it as UTF-8 or GB18030/GBK (Excel: \"CSV UTF-8\") and import it again. Nothing was loaded.",
                line, offset, bad & 0xFF, what));
    }

    /** A reader over the source in this encoding, the byte-order mark skipped; malformed input (never after {@link #detect}) throws. */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bom);
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static boolean isUtf8(InputStream in) throws IOException {
        return firstMalformed(in, StandardCharsets.UTF_8) < 0;
    }

    private static long firstMalformed(ImportSource source, Charset charset, int skip) throws IOException {
        try (InputStream in = source.open()) {
            in.skipNBytes(skip);
            long at = firstMalformed(in, charset);
            return at < 0 ? at : at + skip;
        }
    }

    /** Offset of the first byte that is malformed in {@code charset}, or -1 when all of it decodes. Constant memory. */
    static long firstMalformed(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] chunk = new byte[1 << 15];
        long consumed = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n);
            bytes.flip();
            if (!drain(decoder, bytes, chars, false)) {
                return consumed + bytes.position();
            }
            consumed += bytes.position();
            bytes.compact();
        }
        bytes.flip();
        if (!drain(decoder, bytes, chars, true)) {
            return consumed + bytes.position();
        }
        return -1;
    }

    private static boolean drain(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end)
            throws CharacterCodingException {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                if (end) {
                    chars.clear();
                    return !decoder.flush(chars).isError();
                }
                return true;
            }
        }
    }
}
