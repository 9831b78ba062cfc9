package org.matcha.codecs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The codec search functions, the cache of their answers and the error handler registry, kept per
 * interpreter. The first lookup imports the {@code encodings} package, whose search function
 * finds the codecs of Lib/encodings. CPython: Python/codecs.c.
 */
public final class CodecRegistry {
    private CodecRegistry() {}

    static final class State {
        final ArrayList<PyObject> searchFunctions = new ArrayList<>();
        final PyDict cache = new PyDict();
        final LinkedHashMap<String, PyObject> errorHandlers = new LinkedHashMap<>();
        boolean encodingsImported;

        State() {
            for (int i = 0; i < BuiltinErrorHandlers.NAMES.length; i++) {
                errorHandlers.put(BuiltinErrorHandlers.NAMES[i], BuiltinErrorHandlers.makeFunction(i));
            }
        }
    }

    static State state() {
        return Interpreter.current().moduleState("_codecs", State::new);
    }

    // ---- search functions and lookup ----

    public static void register(PyObject searchFunction) {
        if (!Abstract.isCallable(searchFunction)) {
            throw Errors.typeError("argument must be callable");
        }
        state().searchFunctions.add(searchFunction);
    }

    /** Removes the search function and clears the cache; unknown functions are ignored. CPython: PyCodec_Unregister. */
    public static void unregister(PyObject searchFunction) {
        State st = state();
        for (int i = 0; i < st.searchFunctions.size(); i++) {
            if (st.searchFunctions.get(i) == searchFunction) {
                st.searchFunctions.remove(i);
                st.cache.clear();
                return;
            }
        }
    }

    /**
     * The normalised name the search functions see: ASCII letters lower-cased, digits and dots kept,
     * every other run of characters one underscore (dropped at either end). CPython:
     * _Py_normalize_encoding applied to the UTF-8 bytes of the name.
     */
    public static String normalize(String encoding) {
        StringBuilder b = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            boolean alnum = c < 128 && (Character.isLetterOrDigit(c) || c == '.');
            if (alnum) {
                if (punct && b.length() > 0) {
                    b.append('_');
                }
                punct = false;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    /** The codec tuple (usually a codecs.CodecInfo) for an encoding, or LookupError. CPython: _PyCodec_Lookup. */
    public static PyObject lookup(String encoding) {
        State st = state();
        importEncodings(st);
        String key = normalize(encoding);
        PyObject cached = st.cache.getItem(key);
        if (cached != null) {
            return cached;
        }
        PyStr name = PyStr.of(key);
        for (PyObject fn : new ArrayList<>(st.searchFunctions)) {
            PyObject result = Abstract.call(fn, name);
            if (result == PyNone.NONE) {
                continue;
            }
            if (!(result instanceof PyTuple t) || t.items.length != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            st.cache.setItem(key, result);
            return result;
        }
        throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    /** Imports Lib's encodings package once, if it can be found. CPython: _PyCodecRegistry_Init. */
    private static void importEncodings(State st) {
        if (st.encodingsImported) {
            return;
        }
        st.encodingsImported = true;
        try {
            Interpreter.current().imports.importAbsolute("encodings");
        } catch (PyException e) {
            if (!e.value.type().isSubtype(ExceptionTypes.ImportError)) {
                throw e;
            }
        }
    }

    // ---- encode / decode through the registry ----

    /** codecs.encode(obj, encoding, errors). CPython: _PyCodec_EncodeInternal. */
    public static PyObject encode(PyObject obj, String encoding, String errors) {
        PyObject codec = lookup(encoding);
        return callCodecFunction(((PyTuple) codec).items[0], obj, encoding, errors, "encoder", "encoding");
    }

    /** codecs.decode(obj, encoding, errors). CPython: _PyCodec_DecodeInternal. */
    public static PyObject decode(PyObject obj, String encoding, String errors) {
        PyObject codec = lookup(encoding);
        return callCodecFunction(((PyTuple) codec).items[1], obj, encoding, errors, "decoder", "decoding");
    }

    /** The codec of a text encoding, or LookupError. CPython: _PyCodec_LookupTextEncoding. */
    public static PyTuple lookupText(String encoding, String alternative) {
        PyTuple codec = (PyTuple) lookup(encoding);
        if (!(codec.type() == PyTuple.TYPE)) {
            PyObject isText = Abstract.lookupAttrOrNull(codec, "_is_text_encoding");
            if (isText != null && !Abstract.isTrue(isText)) {
                throw Errors.of(ExceptionTypes.LookupError, "'" + encoding
                        + "' is not a text encoding; use " + alternative + " to handle arbitrary codecs");
            }
        }
        return codec;
    }

    public static PyObject callCodecFunction(PyObject fn, PyObject obj, String encoding, String errors, String what,
            String verb) {
        PyObject result;
        try {
            result = errors == null ? Abstract.call(fn, obj) : Abstract.call(fn, obj, PyStr.of(errors));
        } catch (PyException e) {
            throw wrapCodecError(e, verb + " with '" + encoding + "' codec failed");
        }
        if (!(result instanceof PyTuple t) || t.items.length != 2) {
            throw Errors.typeError(what + " must return a tuple (object, integer)");
        }
        return t.items[0];
    }

    /** Types whose instances can be re-raised with a longer message. CPython: _PyErr_TrySetFromCause. */
    private static final PyType[] WRAPPABLE = {ExceptionTypes.Exception, ExceptionTypes.TypeError,
        ExceptionTypes.ValueError, ExceptionTypes.LookupError, ExceptionTypes.RuntimeError,
        ExceptionTypes.NotImplementedError, ExceptionTypes.ArithmeticError, ExceptionTypes.ZeroDivisionError,
        ExceptionTypes.OverflowError, ExceptionTypes.IndexError, ExceptionTypes.KeyError,
        ExceptionTypes.AssertionError};

    /** Re-raises a codec's plain exception as the same type with "prefix (Type: message)", chained. */
    static PyException wrapCodecError(PyException e, String prefix) {
        PyBaseException orig = e.value;
        boolean wrappable = false;
        for (PyType t : WRAPPABLE) {
            if (orig.type() == t) {
                wrappable = true;
            }
        }
        if (!wrappable || orig.dict().size() > 0) {
            return e;
        }
        PyBaseException wrapped = PyBaseException.create(orig.type(),
                PyStr.of(prefix + " (" + orig.type().name + ": " + Abstract.strString(orig) + ")"));
        wrapped.cause = orig;
        wrapped.context = orig;
        wrapped.suppressContext = true;
        return new PyException(wrapped);
    }

    // ---- error handlers ----

    public static void registerError(String name, PyObject handler) {
        if (!Abstract.isCallable(handler)) {
            throw Errors.typeError("handler must be callable");
        }
        state().errorHandlers.put(name, handler);
    }

    /** The handler registered under a name ("strict" for null), or LookupError. CPython: PyCodec_LookupError. */
    public static PyObject lookupError(String name) {
        PyObject h = state().errorHandlers.get(name == null ? "strict" : name);
        if (h == null) {
            throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '" + name + "'");
        }
        return h;
    }

    /**
     * Runs the error handler named {@code errors} on a failure and checks its answer: a
     * (replacement, position) pair, a negative position counting from the end. CPython:
     * unicode_encode_call_errorhandler, unicode_decode_call_errorhandler_writer.
     */
    static BuiltinErrorHandlers.Result callHandler(String errors, UnicodeErrorInfo info) {
        PyObject handler = lookupError(errors);
        if (handler instanceof PyBuiltinFunctionObject f && f.fn instanceof BuiltinErrorHandlers.HandlerFunction h) {
            return BuiltinErrorHandlers.apply(h.id, info);
        }
        PyObject result = Abstract.call(handler, info.exception());
        boolean encoding = info.kind == UnicodeErrorInfo.ENCODE;
        String message = encoding ? "encoding error handler must return (str/bytes, int) tuple"
                : info.kind == UnicodeErrorInfo.DECODE ? "decoding error handler must return (str, int) tuple"
                : "translating error handler must return (str, int) tuple";
        if (!(result instanceof PyTuple t) || t.items.length != 2) {
            throw Errors.typeError(message);
        }
        PyObject rep = t.items[0];
        boolean okRep = rep instanceof PyStr || encoding && rep instanceof PyBytes;
        if (!okRep || !(t.items[1] instanceof PyInt)) {
            throw Errors.typeError(message);
        }
        long pos = ((PyInt) t.items[1]).longValue();
        int len = info.length();
        if (pos < 0) {
            pos += len;
        }
        if (pos < 0 || pos > len) {
            throw Errors.of(ExceptionTypes.IndexError, "position " + pos + " from error handler out of bounds");
        }
        return new BuiltinErrorHandlers.Result(rep, (int) pos);
    }

    /** Calls the handler for an encoding failure over [start, end). */
    static BuiltinErrorHandlers.Result encodeError(String errors, String encoding, PyStr text, int start, int end,
            String reason) {
        return callHandler(errors, UnicodeErrorInfo.encode(encoding, text, start, end, reason));
    }

    /** Calls the handler for a decoding failure over [start, end). */
    static BuiltinErrorHandlers.Result decodeError(String errors, String encoding, byte[] data, int start, int end,
            String reason) {
        return callHandler(errors, UnicodeErrorInfo.decode(encoding, data, start, end, reason));
    }

    /** Decoding failure: the handler's replacement is appended to out; returns the position to resume at. */
    static int handleDecode(CodePointBuilder out, String errors, String encoding, byte[] data, int start, int end,
            String reason) {
        if (errors == null || errors.equals("strict")) {
            throw UnicodeErrorInfo.decode(encoding, data, start, end, reason).raise();
        }
        BuiltinErrorHandlers.Result r = decodeError(errors, encoding, data, start, end, reason);
        out.add((PyStr) r.replacement());
        return r.newPos();
    }

    static PyException encodeException(String encoding, PyStr text, int start, int end, String reason) {
        return UnicodeErrorInfo.encode(encoding, text, start, end, reason).raise();
    }
}
