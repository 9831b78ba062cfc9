package org.matcha.modules.io;

import org.matcha.objects.Abstract;
import org.matcha.objects.Codecs;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.vm.FileDescriptors;
import org.matcha.vm.Interpreter;

/**
 * The byte-level codec of a TextIOWrapper: UTF-8, ASCII and Latin-1 natively, every other encoding
 * through the incremental decoder and encoder of Lib's codecs module. Decoders keep an incomplete
 * trailing sequence for the next call and expose CPython's (buffer, flags) state for tell().
 */
abstract class TextCodec {
    /** Decodes the next bytes; final flushes what is pending. */
    abstract String decode(byte[] input, boolean isFinal);

    /** (bytes not yet decoded, flags) as codecs' IncrementalDecoder.getstate() gives. */
    abstract PyTuple getState();

    abstract void setState(PyTuple state);

    abstract void reset();

    abstract byte[] encode(PyStr text);

    /** The codec for a (validated) encoding name. CPython: _io_TextIOWrapper___init___impl's codec lookup. */
    static TextCodec forEncoding(String encoding, String errors) {
        String native_ = nativeName(encoding);
        if (native_ != null) {
            return new Native(native_, errors);
        }
        return new Python(encoding, errors);
    }

    /** utf-8, ascii or latin-1 for the names CPython's codec registry gives those codecs, else null. */
    static String nativeName(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4" -> "utf-8";
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", "cp367", "csascii" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100",
                "iso-8859-1:1987", "csisolatin1" -> "latin-1";
            default -> null;
        };
    }

    /** A native codec. */
    static final class Native extends TextCodec {
        private final String encoding;
        private final String errors;
        private byte[] pending = new byte[0];

        Native(String encoding, String errors) {
            this.encoding = encoding;
            this.errors = errors;
        }

        @Override
        String decode(byte[] input, boolean isFinal) {
            byte[] all = input;
            if (pending.length > 0) {
                all = new byte[pending.length + input.length];
                System.arraycopy(pending, 0, all, 0, pending.length);
                System.arraycopy(input, 0, all, pending.length, input.length);
            }
            int complete = isFinal || !encoding.equals("utf-8") ? all.length : FileDescriptors.completeUtf8Prefix(all);
            pending = java.util.Arrays.copyOfRange(all, complete, all.length);
            byte[] head = complete == all.length ? all : java.util.Arrays.copyOf(all, complete);
            return head.length == 0 ? "" : Codecs.decode(head, encoding, errors).toString();
        }

        @Override
        PyTuple getState() {
            return PyTuple.of(new PyBytes(pending.clone()), PyInt.of(0));
        }

        @Override
        void setState(PyTuple state) {
            pending = IoSupport.bytesLike(state.items[0]).clone();
        }

        @Override
        void reset() {
            pending = new byte[0];
        }

        @Override
        byte[] encode(PyStr text) {
            if (errors.equals("strict") || errors.equals("ignore") || errors.equals("replace")) {
                return Codecs.encode(text, encoding, errors);
            }
            PyObject r = Abstract.call(Abstract.getAttr(text, "encode"), PyStr.of(encoding), PyStr.of(errors));
            return IoSupport.bytesLike(r);
        }
    }

    /** A codec from Lib's codecs module (incremental decoder and encoder objects). */
    static final class Python extends TextCodec {
        private final PyObject decoder;
        private final PyObject encoder;

        Python(String encoding, String errors) {
            PyObject codecs = Interpreter.current().imports.importAbsolute("codecs");
            PyObject info = IoSupport.callMethod(codecs, "lookup", PyStr.of(encoding));
            PyObject isText = Abstract.lookupAttrOrNull(info, "_is_text_encoding");
            if (isText != null && !Abstract.isTrue(isText)) {
                throw new org.matcha.objects.PyException(org.matcha.objects.PyBaseException.create(
                        org.matcha.objects.ExceptionTypes.LookupError, PyStr.of(Abstract.reprString(PyStr.of(encoding))
                                + " is not a text encoding; use codecs.open() to handle arbitrary codecs")));
            }
            decoder = Abstract.call(Abstract.getAttr(info, "incrementaldecoder"), PyStr.of(errors));
            encoder = Abstract.call(Abstract.getAttr(info, "incrementalencoder"), PyStr.of(errors));
        }

        @Override
        String decode(byte[] input, boolean isFinal) {
            PyObject r = Abstract.call(Abstract.getAttr(decoder, "decode"),
                    new PyObject[] {new PyBytes(input), org.matcha.objects.PyBool.of(isFinal)}, new String[] {"final"});
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("decoder should return a string result, not '" + r.type().name + "'");
            }
            return s.toString();
        }

        @Override
        PyTuple getState() {
            PyObject s = IoSupport.callMethod(decoder, "getstate");
            if (!(s instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("illegal decoder state");
            }
            return t;
        }

        @Override
        void setState(PyTuple state) {
            IoSupport.callMethod(decoder, "setstate", state);
        }

        @Override
        void reset() {
            IoSupport.callMethod(decoder, "reset");
        }

        @Override
        byte[] encode(PyStr text) {
            return IoSupport.bytesLike(IoSupport.callMethod(encoder, "encode", text));
        }
    }
}
