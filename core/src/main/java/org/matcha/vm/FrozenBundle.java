package org.matcha.vm;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matcha.bytecode.CodeMarshal;
import org.matcha.bytecode.PyCode;

/**
 * The frozen standard library: CPython's pure-Python modules compiled by Matcha's own compiler at
 * build time (frozen-stdlib's Freezer writes this format). A module is unpacked only when it is
 * first imported; its source, kept deflated, is inflated only when a traceback or inspect asks.
 *
 * <pre>
 * "MATCHA-FROZEN\n"  u32 bundle version  u32 CodeMarshal.VERSION  u32 CRC-32 of payload  u32 payload length
 * payload: varint module count, then per module
 *          name, path (relative to the Lib root), flags (1 = package),
 *          code offset+length, deflated source offset+length, source length   (varints; offsets into blobs)
 *          then the blobs
 * </pre>
 * CPython's counterpart: Python/frozen.c and Tools/freeze (frozen modules hold marshalled code).
 */
public final class FrozenBundle {
    public static final byte[] MAGIC = "MATCHA-FROZEN\n".getBytes(StandardCharsets.ISO_8859_1);
    public static final int BUNDLE_VERSION = 1;
    /** Where frozen modules appear to live: their __file__ and traceback filenames start with this. */
    public static final String LIB_PREFIX = "/lib/python3.11/";

    /** One module in the bundle. */
    public final class Entry {
        public final String name;
        public final String path;
        public final boolean isPackage;
        final int codeOffset, codeLength, sourceOffset, sourceLength, sourceRawLength;

        Entry(String name, String path, boolean isPackage, int codeOffset, int codeLength, int sourceOffset,
                int sourceLength, int sourceRawLength) {
            this.name = name;
            this.path = path;
            this.isPackage = isPackage;
            this.codeOffset = codeOffset;
            this.codeLength = codeLength;
            this.sourceOffset = sourceOffset;
            this.sourceLength = sourceLength;
            this.sourceRawLength = sourceRawLength;
        }

        public String filename() {
            return LIB_PREFIX + path;
        }

        public PyCode code() {
            return CodeMarshal.load(java.util.Arrays.copyOfRange(data, blobs + codeOffset, blobs + codeOffset
                    + codeLength));
        }

        /** The module's source text, or null when the bundle was built without sources. */
        public byte[] source() {
            if (sourceLength == 0) {
                return null;
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(data, blobs + sourceOffset, sourceLength);
            byte[] out = new byte[sourceRawLength];
            try {
                int n = 0;
                while (n < out.length && !inflater.finished()) {
                    n += inflater.inflate(out, n, out.length - n);
                }
            } catch (java.util.zip.DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
            return out;
        }
    }

    private final byte[] data;
    private int pos;
    private int blobs;
    public final Map<String, Entry> modules = new LinkedHashMap<>();
    private final Map<String, Entry> byFilename = new java.util.HashMap<>();

    private FrozenBundle(byte[] data) {
        this.data = data;
    }

    private static final java.util.List<FrozenBundle> DEFAULTS = new java.util.ArrayList<>();

    /** Makes a bundle importable in every interpreter created from now on (the host calls this once). */
    public static void addDefault(FrozenBundle b) {
        DEFAULTS.add(b);
    }

    static java.util.List<FrozenBundle> defaults() {
        return DEFAULTS;
    }

    /** Parses and verifies a bundle; throws IllegalArgumentException when it is damaged or of another version. */
    public static FrozenBundle parse(byte[] data) {
        FrozenBundle b = new FrozenBundle(data);
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
        if (data.length < MAGIC.length + 16) {
            throw new IllegalArgumentException("frozen bundle: too short");
        }
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
        int length = u32();
        if (length != data.length - pos) {
            throw new IllegalArgumentException("frozen bundle: truncated");
        }
        // In 64 KB calls, not one: a Wasm engine compiles a function better only for its later
        // calls (V8 tiers up from its baseline compiler between calls), so one call over the whole
        // bundle ran entirely in baseline code in the browser.
        int check = 0;
        for (int at = pos; at < data.length; at += 1 << 16) {
            check = org.matcha.modules.zlib.Checksums.crc32(check, data, at, Math.min(1 << 16, data.length - at));
        }
        if (check != crc) {
            throw new IllegalArgumentException("frozen bundle: checksum mismatch");
        }
        int count = varint();
        Entry[] entries = new Entry[count];
        for (int i = 0; i < count; i++) {
            String name = text();
            String path = text();
            boolean pkg = (data[pos++] & 1) != 0;
            entries[i] = new Entry(name, path, pkg, varint(), varint(), varint(), varint(), varint());
        }
        blobs = pos;
        for (Entry e : entries) {
            modules.put(e.name, e);
            byFilename.put(e.filename(), e);
        }
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
