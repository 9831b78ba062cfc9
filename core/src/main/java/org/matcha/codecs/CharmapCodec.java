package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * The charmap codec behind Lib/encodings' single-byte code pages: decoding through a 256-character
 * str table or any mapping of byte values, encoding through an {@link EncodingMap} or any mapping
 * of code points. CPython: Objects/unicodeobject.c (PyUnicode_DecodeCharmap,
 * charmap_decode_string, charmap_decode_mapping, PyUnicode_EncodeCharmap, charmapencode_output).
 */
public final class CharmapCodec {
    private CharmapCodec() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    public static PyStr decode(byte[] b, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return ByteDecoders.latin1(b, 0, b.length);
        }
        CodePointBuilder out = new CodePointBuilder(b.length);
        int i = 0;
        if (mapping instanceof PyStr table) {
            int size = table.length();
            while (i < b.length) {
                int x = b[i] & 0xff;
                int c = x < size ? table.codePointAt(x) : 0xFFFE;
                if (c == 0xFFFE) {
                    i = CodecRegistry.handleDecode(out, errors, "charmap", b, i, i + 1, UNDEFINED);
                } else {
                    out.add(c);
                    i++;
                }
            }
            return out.toStr();
        }
        while (i < b.length) {
            PyObject item;
            try {
                item = Abstract.getItem(mapping, PyInt.of(b[i] & 0xff));
            } catch (PyException e) {
                if (!e.value.type().isSubtype(ExceptionTypes.LookupError)) {
                    throw e;
                }
                item = PyNone.NONE;
            }
            boolean undefined = item == PyNone.NONE;
            if (item instanceof PyInt v) {
                long c = v.big != null ? -1 : v.value;
                if (c < 0 || c > 0x10FFFF) {
                    throw Errors.typeError("character mapping must be in range(0x110000)");
                }
                if (c == 0xFFFE) {
                    undefined = true;
                } else {
                    out.add((int) c);
                }
            } else if (item instanceof PyStr s) {
                if (s.length() == 1 && s.codePointAt(0) == 0xFFFE) {
                    undefined = true;
                } else {
                    out.add(s);
                }
            } else if (!undefined) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            if (undefined) {
                i = CodecRegistry.handleDecode(out, errors, "charmap", b, i, i + 1, UNDEFINED);
            } else {
                i++;
            }
        }
        return out.toStr();
    }

    /** Appends the encoding of one character; false when the mapping has none. CPython: charmapencode_output. */
    private static boolean output(ByteBuilder out, int c, PyObject mapping) {
        if (mapping instanceof EncodingMap m) {
            int b = m.lookup(c);
            if (b < 0) {
                return false;
            }
            out.add(b);
            return true;
        }
        PyObject item;
        try {
            item = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (!e.value.type().isSubtype(ExceptionTypes.LookupError)) {
                throw e;
            }
            return false;
        }
        if (item == PyNone.NONE) {
            return false;
        }
        if (item instanceof PyInt v) {
            long x = v.big != null ? -1 : v.value;
            if (x < 0 || x > 255) {
                throw Errors.typeError("character mapping must be in range(256)");
            }
            out.add((int) x);
            return true;
        }
        if (item instanceof PyBytes bytes) {
            out.add(bytes.bytes);
            return true;
        }
        throw Errors.typeError("character mapping must return integer, bytes or None, not " + item.type().name);
    }

    /** charmap_build: the encoding map for a decoding table. */
    public static PyObject build(PyStr table) {
        return EncodingMap.build(table);
    }

    public static byte[] encode(PyStr s, String errors, PyObject mapping) {
        if (mapping == null || mapping == PyNone.NONE) {
            return ByteEncoders.latin1(s, errors);
        }
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n);
        int pos = 0;
        while (pos < n) {
            if (output(out, s.codePointAt(pos), mapping)) {
                pos++;
                continue;
            }
            int collEnd = pos + 1;
            while (collEnd < n && !output(new ByteBuilder(4), s.codePointAt(collEnd), mapping)) {
                collEnd++;
            }
            if (errors == null || errors.equals("strict")) {
                throw CodecRegistry.encodeException("charmap", s, pos, collEnd, UNDEFINED);
            }
            BuiltinErrorHandlers.Result r = CodecRegistry.encodeError(errors, "charmap", s, pos, collEnd, UNDEFINED);
            if (r.replacement() instanceof PyBytes b) {
                out.add(b.bytes);
            } else {
                PyStr rep = (PyStr) r.replacement();
                for (int i = 0; i < rep.length(); i++) {
                    if (!output(out, rep.codePointAt(i), mapping)) {
                        throw CodecRegistry.encodeException("charmap", s, pos, collEnd, UNDEFINED);
                    }
                }
            }
            pos = r.newPos();
        }
        return out.toArray();
    }
}
