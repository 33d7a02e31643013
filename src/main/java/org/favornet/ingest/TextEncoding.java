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
 * so the test is reliable for real files; pure ASCII is reported as UTF-8 (they agree on it).
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

    public static TextEncoding detect(ImportSource source) throws IOException {
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3);
            }
            in.reset();
            return isUtf8(in) ? new TextEncoding(StandardCharsets.UTF_8, 0) : new TextEncoding(GB18030, 0);
        }
    }

    /** A reader over the source in this encoding, the byte-order mark skipped; malformed input becomes U+FFFD. */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bom);
        return new InputStreamReader(in, charset);
    }

    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] chunk = new byte[1 << 15];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n);
            bytes.flip();
            if (!drain(decoder, bytes, chars, false)) {
                return false;
            }
            bytes.compact();
        }
        bytes.flip();
        return drain(decoder, bytes, chars, true);
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
