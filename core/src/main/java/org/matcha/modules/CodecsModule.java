package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.codecs.*;
import org.matcha.objects.*;

/**
 * The _codecs module: the codec and error handler registries and the codec functions Lib/encodings
 * wraps, each returning (result, length consumed). CPython: Modules/_codecsmodule.c.
 */
@PyModuleDef(name = "_codecs")
public final class CodecsModule {
    private CodecsModule() {}

    // ---- argument conversions (CPython's Argument Clinic messages) ----

    private static PyStr str(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError(fname + "() argument 1 must be str, not " + o.type().name);
    }

    private static String errors(PyObject o, String fname) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError(fname + "() argument 2 must be str or None, not " + o.type().name);
    }

    private static byte[] data(PyObject o) {
        return PyBytes.asBytes(o);
    }

    /** A buffer, or a str taken as its UTF-8 bytes (Argument Clinic's Py_buffer(accept={str, buffer})). */
    private static byte[] dataOrStr(PyObject o) {
        if (o instanceof PyStr s) {
            return ByteEncoders.utf8(s, "strict");
        }
        return PyBytes.asBytes(o);
    }

    private static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Args.toInt(o) != 0;
    }

    private static int intArg(PyObject o) {
        return o == null ? 0 : Args.toInt(o);
    }

    private static PyObject pair(PyObject result, int consumed) {
        return PyTuple.of(result, PyInt.of(consumed));
    }

    private static PyObject encoded(byte[] b, PyStr s) {
        return pair(new PyBytes(b), s.length());
    }

    private static PyObject decoded(DecodeResult r) {
        return pair(r.text(), r.consumed());
    }

    private static String nameArg(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError(fname + "() argument must be str, not " + o.type().name);
    }

    // ---- registries ----

    @PyMethod(sig = "(search_function, /)")
    public static void register(PyObject searchFunction) {
        CodecRegistry.register(searchFunction);
    }

    @PyMethod(sig = "(search_function, /)")
    public static void unregister(PyObject searchFunction) {
        CodecRegistry.unregister(searchFunction);
    }

    @PyMethod(sig = "(encoding, /)")
    public static PyObject lookup(PyObject encoding) {
        return CodecRegistry.lookup(nameArg(encoding, "lookup"));
    }

    private static String keywordStr(PyObject o, String fname, String pname, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError(fname + "() argument '" + pname + "' must be str, not " + o.type().name);
    }

    @PyMethod(sig = "(obj, encoding=NULL, errors=NULL)")
    public static PyObject encode(PyObject obj, PyObject encoding, PyObject errors) {
        return CodecRegistry.encode(obj, keywordStr(encoding, "encode", "encoding", "utf-8"),
                keywordStr(errors, "encode", "errors", "strict"));
    }

    @PyMethod(sig = "(obj, encoding=NULL, errors=NULL)")
    public static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        return CodecRegistry.decode(obj, keywordStr(encoding, "decode", "encoding", "utf-8"),
                keywordStr(errors, "decode", "errors", "strict"));
    }

    @PyMethod(sig = "(errors, handler, /)")
    public static void register_error(PyObject errors, PyObject handler) {
        if (!(errors instanceof PyStr s)) {
            throw Errors.typeError("register_error() argument 1 must be str, not " + errors.type().name);
        }
        CodecRegistry.registerError(s.toString(), handler);
    }

    @PyMethod(sig = "(name, /)")
    public static PyObject lookup_error(PyObject name) {
        return CodecRegistry.lookupError(nameArg(name, "lookup_error"));
    }

    // ---- UTF-8, UTF-7, ASCII, latin-1 ----

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_8_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_8_encode");
        return encoded(ByteEncoders.utf8(s, errors(errors, "utf_8_encode")), s);
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_8_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = data(data);
        return decoded(ByteDecoders.utf8(b, errors(errors, "utf_8_decode"), flag(fin, false)));
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_7_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_7_encode");
        errors(errors, "utf_7_encode");
        return encoded(Utf7Codec.encode(s), s);
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_7_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = data(data);
        return decoded(Utf7Codec.decode(b, errors(errors, "utf_7_decode"), flag(fin, false)));
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject ascii_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "ascii_encode");
        return encoded(ByteEncoders.ascii(s, errors(errors, "ascii_encode")), s);
    }

    @PyMethod(sig = "(data, errors=NULL, /)")
    public static PyObject ascii_decode(PyObject data, PyObject errors) {
        byte[] b = data(data);
        return pair(ByteDecoders.ascii(b, errors(errors, "ascii_decode")), b.length);
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject latin_1_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "latin_1_encode");
        return encoded(ByteEncoders.latin1(s, errors(errors, "latin_1_encode")), s);
    }

    @PyMethod(sig = "(data, errors=NULL, /)")
    public static PyObject latin_1_decode(PyObject data, PyObject errors) {
        byte[] b = data(data);
        errors(errors, "latin_1_decode");
        return pair(ByteDecoders.latin1(b, 0, b.length), b.length);
    }

    // ---- UTF-16 and UTF-32 ----

    @PyMethod(sig = "(str, errors=NULL, byteorder=NULL, /)")
    public static PyObject utf_16_encode(PyObject str, PyObject errors, PyObject byteorder) {
        PyStr s = str(str, "utf_16_encode");
        return encoded(Utf16Codec.encode(s, errors(errors, "utf_16_encode"), intArg(byteorder)), s);
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_16_le_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_16_le_encode");
        return encoded(Utf16Codec.encode(s, errors(errors, "utf_16_le_encode"), -1), s);
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_16_be_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_16_be_encode");
        return encoded(Utf16Codec.encode(s, errors(errors, "utf_16_be_encode"), 1), s);
    }

    private static PyObject utf16(PyObject data, PyObject errors, PyObject fin, int byteorder, String fname) {
        byte[] b = data(data);
        Utf16Codec.Result r = Utf16Codec.decode(b, errors(errors, fname), byteorder, flag(fin, false));
        return pair(r.text(), r.consumed());
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_16_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf16(data, errors, fin, 0, "utf_16_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_16_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf16(data, errors, fin, -1, "utf_16_le_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_16_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf16(data, errors, fin, 1, "utf_16_be_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, byteorder=NULL, final=NULL, /)")
    public static PyObject utf_16_ex_decode(PyObject data, PyObject errors, PyObject byteorder, PyObject fin) {
        byte[] b = data(data);
        String err = errors(errors, "utf_16_ex_decode");
        int bo = intArg(byteorder);
        Utf16Codec.Result r = Utf16Codec.decode(b, err, bo, flag(fin, false));
        return PyTuple.of(r.text(), PyInt.of(r.consumed()), PyInt.of(r.byteorder()));
    }

    @PyMethod(sig = "(str, errors=NULL, byteorder=NULL, /)")
    public static PyObject utf_32_encode(PyObject str, PyObject errors, PyObject byteorder) {
        PyStr s = str(str, "utf_32_encode");
        return encoded(Utf32Codec.encode(s, errors(errors, "utf_32_encode"), intArg(byteorder)), s);
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_32_le_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_32_le_encode");
        return encoded(Utf32Codec.encode(s, errors(errors, "utf_32_le_encode"), -1), s);
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject utf_32_be_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "utf_32_be_encode");
        return encoded(Utf32Codec.encode(s, errors(errors, "utf_32_be_encode"), 1), s);
    }

    private static PyObject utf32(PyObject data, PyObject errors, PyObject fin, int byteorder, String fname) {
        byte[] b = data(data);
        Utf16Codec.Result r = Utf32Codec.decode(b, errors(errors, fname), byteorder, flag(fin, false));
        return pair(r.text(), r.consumed());
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_32_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf32(data, errors, fin, 0, "utf_32_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_32_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf32(data, errors, fin, -1, "utf_32_le_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject utf_32_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return utf32(data, errors, fin, 1, "utf_32_be_decode");
    }

    @PyMethod(sig = "(data, errors=NULL, byteorder=NULL, final=NULL, /)")
    public static PyObject utf_32_ex_decode(PyObject data, PyObject errors, PyObject byteorder, PyObject fin) {
        byte[] b = data(data);
        String err = errors(errors, "utf_32_ex_decode");
        int bo = intArg(byteorder);
        Utf16Codec.Result r = Utf32Codec.decode(b, err, bo, flag(fin, false));
        return PyTuple.of(r.text(), PyInt.of(r.consumed()), PyInt.of(r.byteorder()));
    }

    // ---- escape codecs ----

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject unicode_escape_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "unicode_escape_encode");
        errors(errors, "unicode_escape_encode");
        return encoded(EscapeCodecs.unicodeEscapeEncode(s), s);
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = dataOrStr(data);
        return decoded(EscapeCodecs.unicodeEscapeDecode(b, errors(errors, "unicode_escape_decode"), flag(fin, true)));
    }

    @PyMethod(sig = "(str, errors=NULL, /)")
    public static PyObject raw_unicode_escape_encode(PyObject str, PyObject errors) {
        PyStr s = str(str, "raw_unicode_escape_encode");
        errors(errors, "raw_unicode_escape_encode");
        return encoded(EscapeCodecs.rawUnicodeEscapeEncode(s), s);
    }

    @PyMethod(sig = "(data, errors=NULL, final=NULL, /)")
    public static PyObject raw_unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = dataOrStr(data);
        return decoded(EscapeCodecs.rawUnicodeEscapeDecode(b, errors(errors, "raw_unicode_escape_decode"),
                flag(fin, true)));
    }

    @PyMethod(sig = "(data, errors=NULL, /)")
    public static PyObject escape_encode(PyObject data, PyObject errors) {
        if (!(data instanceof PyBytes b)) {
            throw Errors.typeError("escape_encode() argument 1 must be bytes, not " + data.type().name);
        }
        errors(errors, "escape_encode");
        return pair(new PyBytes(EscapeCodecs.escapeEncode(b.bytes)), b.bytes.length);
    }

    @PyMethod(sig = "(data, errors=NULL, /)")
    public static PyObject escape_decode(PyObject data, PyObject errors) {
        byte[] b = dataOrStr(data);
        return pair(new PyBytes(EscapeCodecs.escapeDecode(b, errors(errors, "escape_decode"))), b.length);
    }

    @PyMethod(sig = "(data, errors=NULL, /)")
    public static PyObject readbuffer_encode(PyObject data, PyObject errors) {
        byte[] b = dataOrStr(data);
        errors(errors, "readbuffer_encode");
        return pair(new PyBytes(b), b.length);
    }

    // ---- charmap ----

    @PyMethod(sig = "(str, errors=NULL, mapping=NULL, /)")
    public static PyObject charmap_encode(PyObject str, PyObject errors, PyObject mapping) {
        PyStr s = str(str, "charmap_encode");
        return encoded(CharmapCodec.encode(s, errors(errors, "charmap_encode"), mapping), s);
    }

    @PyMethod(sig = "(data, errors=NULL, mapping=NULL, /)")
    public static PyObject charmap_decode(PyObject data, PyObject errors, PyObject mapping) {
        byte[] b = data(data);
        return pair(CharmapCodec.decode(b, errors(errors, "charmap_decode"), mapping), b.length);
    }

    @PyMethod(sig = "(map, /)")
    public static PyObject charmap_build(PyObject map) {
        if (!(map instanceof PyStr s)) {
            throw Errors.typeError("charmap_build() argument must be str, not " + map.type().name);
        }
        return CharmapCodec.build(s);
    }
}
