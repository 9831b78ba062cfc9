package org.matcha.modules;

import java.util.IdentityHashMap;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Callable;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.FloatRepr;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBuiltinFunctionObject;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/**
 * {@code _json.make_encoder} (the type {@code _json.Encoder}): json's one-shot encoder in Java,
 * used by json.encoder.JSONEncoder.iterencode when indent is None. Called as
 * {@code encoder(obj, _current_indent_level)}, it returns a one-item list holding the whole JSON text.
 * CPython: Modules/_json.c encoder_new, encoder_call, encoder_listencode_obj,
 * encoder_listencode_dict, encoder_listencode_list, encoder_encode_float,
 * encoder_encode_string (3.11: the indent argument is kept but never used, as there).
 *
 * <p>Circular references are detected by object identity in a Java set rather than by id() keys
 * in the {@code markers} dict: the dict is only tested for None (no check) or not, and is left
 * untouched (CPython fills and empties it during the call).
 */
@PyClass(name = "_json.Encoder")
public final class JsonEncoder extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("_json.Encoder", PyType.OBJECT);

    static {
        TYPE.subclassable = false;   // CPython: no Py_TPFLAGS_BASETYPE
    }

    private static final String RECURSION = " while encoding a JSON object";

    private final PyType type;
    private final PyObject markers;
    private final PyObject defaultFn;
    private final PyObject encoder;
    private final PyObject indent;
    private final PyStr keySeparator;
    private final PyStr itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** 1: encoder is _json.encode_basestring_ascii, 2: _json.encode_basestring, 0: call it. */
    private final int fastEncode;

    /** The containers being encoded, for the circular-reference check (null without markers). */
    private IdentityHashMap<PyObject, Boolean> active;

    private JsonEncoder(PyType type, PyObject[] a) {
        this.type = type;
        markers = a[0];
        defaultFn = a[1];
        encoder = a[2];
        indent = a[3];
        keySeparator = strArg(a[4], 5);
        itemSeparator = strArg(a[5], 6);
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
        if (markers != PyNone.NONE && !(markers instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + markers.type().name);
        }
        fastEncode = fastEncoderKind(encoder);
    }

    private static PyStr strArg(PyObject o, int position) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("make_encoder() argument " + position + " must be str, not " + o.type().name);
        }
        return s;
    }

    /** CPython: encoder_new's fast_encode test (the encoder is one of _json's own functions). */
    private static int fastEncoderKind(PyObject encoder) {
        if (encoder instanceof PyBuiltinFunctionObject f && f.self instanceof PyModule m && m.name().equals("_json")) {
            if (f.fn.name.equals("encode_basestring_ascii")) {
                return 1;
            }
            if (f.fn.name.equals("encode_basestring")) {
                return 2;
            }
        }
        return 0;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** CPython: encoder_new ("OOOOUUppp:make_encoder"). */
    @PyMethod(kind = PyMethod.Kind.NEW,
            sig = "(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)")
    public static PyObject __new__(PyType cls, PyObject markers, PyObject defaultFn, PyObject encoder, PyObject indent,
            PyObject keySeparator, PyObject itemSeparator, PyObject sortKeys, PyObject skipKeys, PyObject allowNan) {
        return new JsonEncoder(cls, new PyObject[] {markers, defaultFn, encoder, indent, keySeparator, itemSeparator,
            sortKeys, skipKeys, allowNan});
    }

    /** CPython: encoder_call ("On:_iterencode", keywords obj and _current_indent_level). */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        if (args.length > 2) {
            throw Errors.typeError("_iterencode() takes at most 2 arguments (" + args.length + " given)");
        }
        PyObject obj = np > 0 ? args[0] : null;
        PyObject level = np > 1 ? args[1] : null;
        String unknown = null;
        for (int k = 0; k < nk; k++) {
            String name = kwnames[k];
            int position = name.equals("obj") ? 1 : name.equals("_current_indent_level") ? 2 : 0;
            if (position == 0) {
                unknown = unknown == null ? name : unknown;
            } else if (position <= np) {
                throw Errors.typeError("argument for _iterencode() given by name ('" + name + "') and position ("
                        + position + ")");
            } else if (position == 1) {
                obj = args[np + k];
            } else {
                level = args[np + k];
            }
        }
        if (obj == null || level == null) {
            throw Errors.typeError("_iterencode() missing required argument '"
                    + (obj == null ? "obj' (pos 1)" : "_current_indent_level' (pos 2)"));
        }
        if (unknown != null) {
            throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for _iterencode()");
        }
        Args.toLong(level);
        JsonWriter w = new JsonWriter();
        IdentityHashMap<PyObject, Boolean> saved = active;
        active = markers == PyNone.NONE ? null : new IdentityHashMap<>();
        try {
            encodeObject(w, obj);
        } finally {
            active = saved;
        }
        return PyList.of(w.finish());   // 3.11 returns a one-item list
    }

    /** The Python-visible __call__. CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }

    @PyGetter
    public PyObject markers() {
        return markers;
    }

    @PyGetter(name = "default")
    public PyObject defaultFunction() {
        return defaultFn;
    }

    @PyGetter
    public PyObject encoder() {
        return encoder;
    }

    @PyGetter
    public PyObject indent() {
        return indent;
    }

    @PyGetter
    public PyObject key_separator() {
        return keySeparator;
    }

    @PyGetter
    public PyObject item_separator() {
        return itemSeparator;
    }

    @PyGetter
    public PyObject sort_keys() {
        return PyBool.of(sortKeys);
    }

    @PyGetter
    public PyObject skipkeys() {
        return PyBool.of(skipKeys);
    }

    /** CPython: encoder_listencode_obj. */
    private void encodeObject(JsonWriter w, PyObject o) {
        if (o == PyNone.NONE) {
            w.b.append("null");
        } else if (o == PyBool.TRUE) {
            w.b.append("true");
        } else if (o == PyBool.FALSE) {
            w.b.append("false");
        } else if (o instanceof PyStr s) {
            encodeString(w, s);
        } else if (o instanceof PyInt i) {
            w.b.append(i.toDecimalString());   // int.__repr__, also for subclasses
        } else if (o instanceof PyFloat f) {
            w.b.append(floatText(f.value));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            Interpreter.enterRecursive(RECURSION);
            try {
                encodeList(w, o);
            } finally {
                Interpreter.leaveRecursive();
            }
        } else if (o instanceof PyDict d) {
            Interpreter.enterRecursive(RECURSION);
            try {
                encodeDict(w, d);
            } finally {
                Interpreter.leaveRecursive();
            }
        } else {
            enter(o);
            PyObject replacement = Abstract.call(defaultFn, o);
            Interpreter.enterRecursive(RECURSION);
            try {
                encodeObject(w, replacement);
            } finally {
                Interpreter.leaveRecursive();
            }
            leave(o);
        }
    }

    private void enter(PyObject container) {
        if (active != null && active.put(container, Boolean.TRUE) != null) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private void leave(PyObject container) {
        if (active != null) {
            active.remove(container);
        }
    }

    /** CPython: encoder_listencode_list (the list's length is read again after each item). */
    private void encodeList(JsonWriter w, PyObject seq) {
        PyList list = seq instanceof PyList l ? l : null;
        PyTuple tuple = list == null ? (PyTuple) seq : null;
        if ((list != null ? list.size : tuple.size()) == 0) {
            w.b.append("[]");
            return;
        }
        enter(seq);
        w.b.append('[');
        for (int i = 0; i < (list != null ? list.size : tuple.size()); i++) {
            if (i > 0) {
                w.append(itemSeparator);
            }
            encodeObject(w, list != null ? list.items[i] : tuple.items[i]);
        }
        leave(seq);
        w.b.append(']');
    }

    /** CPython: encoder_listencode_dict (items from PyMapping_Items, sorted as a list when sort_keys). */
    private void encodeDict(JsonWriter w, PyDict dict) {
        if (dict.size() == 0) {
            w.b.append("{}");
            return;
        }
        enter(dict);
        w.b.append('{');
        PyObject[] keys = null;
        PyObject[] values = null;
        PyList items = null;
        int count;
        if (dict.type() == PyDict.TYPE && !sortKeys) {   // a snapshot, as PyDict_Items makes
            count = dict.size();
            keys = new PyObject[count];
            values = new PyObject[count];
            int n = 0;
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                keys[n] = dict.keyAt(e);
                values[n++] = dict.valueAt(e);
            }
        } else {
            items = itemsList(dict);
            if (sortKeys) {
                items.sort(PyNone.NONE, false);
            }
            count = -1;
        }
        int written = 0;
        for (int i = 0; items != null ? i < items.size : i < count; i++) {
            PyObject key;
            PyObject value;
            if (items != null) {
                if (!(items.items[i] instanceof PyTuple t) || t.size() != 2) {
                    throw Errors.valueError("items must return 2-tuples");
                }
                key = t.items[0];
                value = t.items[1];
            } else {
                key = keys[i];
                value = values[i];
            }
            PyStr keyText;
            if (key instanceof PyStr s) {
                keyText = s;
            } else if (key instanceof PyFloat f) {
                keyText = PyStr.of(floatText(f.value));
            } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.NONE) {
                keyText = PyStr.of(key == PyBool.TRUE ? "true" : key == PyBool.FALSE ? "false" : "null");
            } else if (key instanceof PyInt n) {
                keyText = PyStr.of(n.toDecimalString());
            } else if (skipKeys) {
                continue;
            } else {
                throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.type().name);
            }
            if (written > 0) {
                w.append(itemSeparator);
            }
            encodeString(w, keyText);
            w.append(keySeparator);
            encodeObject(w, value);
            written++;
        }
        leave(dict);
        w.b.append('}');
    }

    /** PyMapping_Items: a new list for a dict, the result of items() for a subclass. */
    private static PyList itemsList(PyDict dict) {
        if (dict.type() == PyDict.TYPE) {
            PyList out = new PyList();
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                out.append(PyTuple.of(dict.keyAt(e), dict.valueAt(e)));
            }
            return out;
        }
        PyObject result = Abstract.call(Abstract.getAttr(dict, "items"));
        if (result instanceof PyList l && l.type() == PyList.TYPE) {
            return l;
        }
        PyObject it;
        try {
            it = Abstract.iter(result);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError(dict.type().name + ".items() returned a non-iterable (type "
                        + result.type().name + ")");
            }
            throw e;
        }
        PyList out = new PyList();
        out.extend(it);
        return out;
    }

    /** CPython: encoder_encode_float. */
    private String floatText(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return FloatRepr.repr(v);
    }

    /** CPython: encoder_encode_string. */
    private void encodeString(JsonWriter w, PyStr s) {
        if (fastEncode != 0) {
            w.appendQuoted(s, fastEncode == 1);
            return;
        }
        PyObject encoded = Abstract.call(encoder, s);
        if (!(encoded instanceof PyStr e)) {
            throw Errors.typeError("encoder() must return a string, not " + encoded.type().name);
        }
        w.append(e);
    }
}
