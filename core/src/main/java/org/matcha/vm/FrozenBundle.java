package org.matcha.vm;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matcha.bytecode.CodeMarshal;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;

/**
 * The frozen standard library: CPython's pure-Python modules compiled by Matcha's own compiler at
 * build time (frozen-stdlib's Freezer writes this format). Only the header and the index are read
 * and checked when a bundle is added; a module's code is read (and its checksum checked) when it is
 * first imported, and its source, kept deflated, is inflated only when a traceback or inspect asks.
 * So a host can keep the bundle's bytes outside the interpreter's heap (the browser keeps the
 * fetched ArrayBuffer and copies one module at a time: {@link Bytes}).
 *
 * <pre>
 * "MATCHA-FROZEN\n"  u32 bundle version  u32 CodeMarshal.VERSION  u32 CRC-32 of the index
 *                    u32 index length  u32 blobs length
 * index: varint module count, then per module
 *        name, path (relative to the Lib root), flags (1 = package),
 *        code offset+length (varints; offsets into the blobs), u32 CRC-32 of the code,
 *        deflated source offset+length, source length   (varints; the source is zlib data,
 *        whose own Adler-32 the inflater checks)
 * blobs
 * </pre>
 * CPython's counterpart: Python/frozen.c and Tools/freeze (frozen modules hold marshalled code).
 */
public final class FrozenBundle {
    public static final byte[] MAGIC = "MATCHA-FROZEN\n".getBytes(StandardCharsets.ISO_8859_1);
    public static final int BUNDLE_VERSION = 2;
    /** Bytes before the index: the magic and five u32. */
    public static final int HEADER_LENGTH = MAGIC.length + 20;
    /** Where frozen modules appear to live: their __file__ and traceback filenames start with this. */
    public static final String LIB_PREFIX = "/lib/python3.11/";

    /**
     * The length a bundle's header declares (header, index and module blobs), for a host that
     * gets the bundle in parts (the browser's split files); -1 when {@code header} is too short.
     */
    public static long declaredLength(byte[] header) {
        if (header.length < HEADER_LENGTH) {
            return -1;
        }
        return HEADER_LENGTH + littleEndianU32(header, HEADER_LENGTH - 8) + littleEndianU32(header, HEADER_LENGTH - 4);
    }

    private static long littleEndianU32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    /** Where a bundle's bytes are: a byte[] here, or memory of the host's (the page's ArrayBuffer). */
    public interface Bytes {
        int length();

        /** A copy of {@code length} bytes from {@code offset} (in range: the caller checked). */
        byte[] read(int offset, int length);
    }

    private record ArrayBytes(byte[] data) implements Bytes {
        public int length() {
            return data.length;
        }

        public byte[] read(int offset, int length) {
            return java.util.Arrays.copyOfRange(data, offset, offset + length);
        }
    }

    /** One module in the bundle. */
    public final class Entry {
        public final String name;
        public final String path;
        public final boolean isPackage;
        final int codeOffset, codeLength, codeCrc, sourceOffset, sourceLength, sourceRawLength;

        Entry(String name, String path, boolean isPackage, int codeOffset, int codeLength, int codeCrc,
                int sourceOffset, int sourceLength, int sourceRawLength) {
            this.name = name;
            this.path = path;
            this.isPackage = isPackage;
            this.codeOffset = codeOffset;
            this.codeLength = codeLength;
            this.codeCrc = codeCrc;
            this.sourceOffset = sourceOffset;
            this.sourceLength = sourceLength;
            this.sourceRawLength = sourceRawLength;
        }

        public String filename() {
            return LIB_PREFIX + path;
        }

        /** The module's code; a damaged entry raises ImportError (checked on every read, not cached). */
        public PyCode code() {
            byte[] code = bytes.read(blobs + codeOffset, codeLength);
            if (org.matcha.modules.zlib.Checksums.crc32(0, code, 0, code.length) != codeCrc) {
                throw Errors.of(ExceptionTypes.ImportError, "frozen module " + name
                        + ": checksum mismatch (the stdlib bundle is damaged)");
            }
            return CodeMarshal.load(code);
        }

        /** The module's source text, or null when the bundle was built without sources (or it is damaged). */
        public byte[] source() {
            if (sourceLength == 0) {
                return null;
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(bytes.read(blobs + sourceOffset, sourceLength));
            // Inflated to the end of the stream, so that zlib's Adler-32 trailer is checked too.
            byte[] out = new byte[sourceRawLength + 1];
            int n = 0;
            try {
                while (!inflater.finished()) {
                    int got = inflater.inflate(out, n, out.length - n);
                    n += got;
                    if (n > sourceRawLength || got == 0 && !inflater.finished()
                            && (inflater.needsInput() || inflater.needsDictionary())) {
                        return null;
                    }
                }
            } catch (java.util.zip.DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
            return n == sourceRawLength ? java.util.Arrays.copyOf(out, n) : null;
        }
    }

    private final Bytes bytes;
    private byte[] data;
    private int pos;
    private int blobs;
    public final Map<String, Entry> modules = new LinkedHashMap<>();
    private final Map<String, Entry> byFilename = new java.util.HashMap<>();

    private FrozenBundle(Bytes bytes) {
        this.bytes = bytes;
    }

    private static final java.util.List<FrozenBundle> DEFAULTS = new java.util.ArrayList<>();

    /** Makes a bundle importable in every interpreter created from now on (the host calls this once). */
    public static void addDefault(FrozenBundle b) {
        DEFAULTS.add(b);
    }

    static java.util.List<FrozenBundle> defaults() {
        return DEFAULTS;
    }

    /** Parses and verifies a bundle's header and index; throws IllegalArgumentException when they are damaged or of another version. */
    public static FrozenBundle parse(byte[] data) {
        return parse(new ArrayBytes(data));
    }

    /** {@link #parse(byte[])} for bytes the host keeps; they must not change while the bundle is in use. */
    public static FrozenBundle parse(Bytes bytes) {
        FrozenBundle b = new FrozenBundle(bytes);
        b.readIndex();
        return b;
    }

    private int u32() {
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16
                | (data[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    private int varint() {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = data[pos++] & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    private String text() {
        int n = varint();
        String s = new String(data, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private void readIndex() {
        int total = bytes.length();
        if (total < HEADER_LENGTH) {
            throw new IllegalArgumentException("frozen bundle: too short");
        }
        data = bytes.read(0, HEADER_LENGTH);
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[i] != MAGIC[i]) {
                throw new IllegalArgumentException("frozen bundle: bad magic");
            }
        }
        pos = MAGIC.length;
        int version = u32();
        int marshalVersion = u32();
        if (version != BUNDLE_VERSION || marshalVersion != CodeMarshal.VERSION) {
            throw new IllegalArgumentException("frozen bundle: version " + version + "/" + marshalVersion
                    + ", this interpreter reads " + BUNDLE_VERSION + "/" + CodeMarshal.VERSION);
        }
        int crc = u32();
        int indexLength = u32();
        int blobsLength = u32();
        if (indexLength < 0 || blobsLength < 0 || (long) HEADER_LENGTH + indexLength + blobsLength != total) {
            throw new IllegalArgumentException("frozen bundle: truncated");
        }
        data = bytes.read(HEADER_LENGTH, indexLength);
        if (org.matcha.modules.zlib.Checksums.crc32(0, data, 0, data.length) != crc) {
            throw new IllegalArgumentException("frozen bundle: checksum mismatch");
        }
        pos = 0;
        int count = varint();
        Entry[] entries = new Entry[count];
        for (int i = 0; i < count; i++) {
            String name = text();
            String path = text();
            boolean pkg = (data[pos++] & 1) != 0;
            int codeOffset = varint();
            int codeLength = varint();
            int codeCrc = u32();
            entries[i] = new Entry(name, path, pkg, codeOffset, codeLength, codeCrc, varint(), varint(), varint());
            if (!inBlobs(codeOffset, codeLength, blobsLength)
                    || !inBlobs(entries[i].sourceOffset, entries[i].sourceLength, blobsLength)) {
                throw new IllegalArgumentException("frozen bundle: module " + name + " lies outside the bundle");
            }
        }
        if (pos != data.length) {
            throw new IllegalArgumentException("frozen bundle: index length mismatch");
        }
        data = null;
        blobs = HEADER_LENGTH + indexLength;
        for (Entry e : entries) {
            modules.put(e.name, e);
            byFilename.put(e.filename(), e);
        }
    }

    private static boolean inBlobs(int offset, int length, int blobsLength) {
        return offset >= 0 && length >= 0 && (long) offset + length <= blobsLength;
    }

    /** The entry whose filename is {@code filename}, or null. */
    public Entry byFilename(String filename) {
        return byFilename.get(filename);
    }

    /** Makes every module of the bundle importable (after sys.path, like CPython's frozen finder order). */
    public void installInto(Imports imports) {
        for (Entry e : modules.values()) {
            imports.frozen.put(e.name, new Imports.ModuleSource(e.filename(), e.isPackage, e::source, e::code));
        }
        imports.frozenBundles.add(this);
    }
}
