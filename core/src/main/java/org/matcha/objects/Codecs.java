package org.matcha.objects;

import org.matcha.codecs.ByteDecoders;
import org.matcha.codecs.ByteEncoders;
import org.matcha.codecs.CodecRegistry;
import org.matcha.codecs.Utf16Codec;
import org.matcha.codecs.Utf32Codec;

/**
 * The text encodings behind str.encode, bytes.decode, bytearray.decode, str(b, enc) and
 * bytes(s, enc): UTF-8, UTF-16, UTF-32, ASCII and latin-1 natively, every other name through the
 * codec registry (Lib/encodings). CPython: Objects/unicodeobject.c (PyUnicode_AsEncodedString,
 * PyUnicode_Decode) and Python/codecs.c (_PyCodec_EncodeText, _PyCodec_DecodeText).
 */
public final class Codecs {
    private Codecs() {}

    private static final int UTF8 = 1;
    private static final int UTF16 = 2;
    private static final int UTF32 = 3;
    private static final int ASCII = 4;
    private static final int LATIN1 = 5;

    /** Which native codec an encoding name selects, or 0. CPython: the fast paths of PyUnicode_AsEncodedString. */
    private static int nativeCodec(String encoding) {
        String lower = CodecRegistry.normalize(encoding);
        if (lower.startsWith("utf")) {
            String rest = lower.substring(3);
            if (rest.startsWith("_")) {
                rest = rest.substring(1);
            }
            return switch (rest) {
                case "8" -> UTF8;
                case "16" -> UTF16;
                case "32" -> UTF32;
                default -> 0;
            };
        }
        return switch (lower) {
            case "ascii", "us_ascii" -> ASCII;
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> LATIN1;
            default -> 0;
        };
    }

    public static byte[] encode(PyStr s, String encoding, String errors) {
        switch (nativeCodec(encoding)) {
            case UTF8:
                return ByteEncoders.utf8(s, errors);
            case UTF16:
                return Utf16Codec.encode(s, errors, 0);
            case UTF32:
                return Utf32Codec.encode(s, errors, 0);
            case ASCII:
                return ByteEncoders.ascii(s, errors);
            case LATIN1:
                return ByteEncoders.latin1(s, errors);
            default:
                break;
        }
        PyTuple codec = CodecRegistry.lookupText(encoding, "codecs.encode()");
        PyObject v = callCodec(codec.items[0], s, encoding, errors, "encoder", "encoding");
        if (v instanceof PyBytes b) {
            return b.bytes;
        }
        if (v instanceof PyByteArray ba) {
            return PyBytes.asBytes(ba);
        }
        throw Errors.typeError("'" + encoding + "' encoder returned '" + v.type().name
                + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    public static PyStr decode(byte[] b, String encoding, String errors) {
        switch (nativeCodec(encoding)) {
            case UTF8:
                return ByteDecoders.utf8(b, errors);
            case UTF16:
                return Utf16Codec.decode(b, errors, 0, true).text();
            case UTF32:
                return Utf32Codec.decode(b, errors, 0, true).text();
            case ASCII:
                return ByteDecoders.ascii(b, errors);
            case LATIN1:
                return ByteDecoders.latin1(b, 0, b.length);
            default:
                break;
        }
        PyTuple codec = CodecRegistry.lookupText(encoding, "codecs.decode()");
        PyObject v = callCodec(codec.items[1], new PyBytes(b), encoding, errors, "decoder", "decoding");
        if (v instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("'" + encoding + "' decoder returned '" + v.type().name
                + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    private static PyObject callCodec(PyObject fn, PyObject input, String encoding, String errors, String what,
            String verb) {
        return CodecRegistry.callCodecFunction(fn, input, encoding, errors, what, verb);
    }
}
