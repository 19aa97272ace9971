package io.tollgate.risk;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of a score's explanation: its JSON compressed in the format of MySQL's and MariaDB's
 * {@code COMPRESS()} (the uncompressed length as 4 bytes, low byte first, then a zlib stream), so an operator can
 * read it with {@code UNCOMPRESS(explanation)}. The JDK's zlib does the work; only the length prefix is written
 * here, because no library writes that format. Fastest level: the JSON repeats its keys, so even level 1 makes it
 * 5-7 times smaller, and it is written for every vendor an incident reaches.
 */
public final class StoredExplanation {
    // One zlib state per thread, reset between uses: a fresh Deflater allocates and clears some 256 KB of native
    // memory, more work than compressing one explanation. Threads are pooled, so these are few.
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);

    private StoredExplanation() {
    }

    public static byte[] pack(byte[] json) {
        if (json.length == 0) {
            return json;   // COMPRESS('') is ''
        }
        Deflater deflater = DEFLATER.get();   // reset after every use, below
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
            out.write(json.length & 0xff);
            out.write((json.length >>> 8) & 0xff);
            out.write((json.length >>> 16) & 0xff);
            out.write((json.length >>> 24) & 0x3f);   // COMPRESS() keeps the top two bits of the length clear
            byte[] buffer = new byte[Math.max(256, json.length / 4)];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.reset();
        }
    }

    public static byte[] unpack(byte[] stored) {
        if (stored.length == 0) {
            return stored;
        }
        if (stored.length < 5) {
            throw new IllegalArgumentException("stored explanation too short: " + stored.length + " bytes");
        }
        int length = (stored[0] & 0xff) | (stored[1] & 0xff) << 8 | (stored[2] & 0xff) << 16 | (stored[3] & 0x3f) << 24;
        Inflater inflater = INFLATER.get();   // reset after every use, below
        try {
            inflater.setInput(stored, 4, stored.length - 4);
            byte[] json = new byte[length];
            int read = 0;
            while (read < length && !inflater.finished()) {
                int n = inflater.inflate(json, read, length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != length) {
                throw new IllegalArgumentException("stored explanation is cut short: " + read + " of " + length + " bytes");
            }
            return json;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("stored explanation is not zlib data", e);
        } finally {
            inflater.reset();
        }
    }
}
