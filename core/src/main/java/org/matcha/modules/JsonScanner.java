package org.matcha.modules;

import java.math.BigInteger;
import java.util.HashMap;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Callable;
import org.matcha.objects.Errors;
import org.matcha.objects.FloatRepr;
import org.matcha.objects.IntMath;
import org.matcha.objects.IntParse;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/**
 * {@code _json.make_scanner} (the type {@code _json.Scanner}): json's scan_once in Java, read from
 * a decoder's strict, object_hook, object_pairs_hook, parse_float, parse_int and parse_constant.
 * Called as {@code scanner(string, idx)}, it returns {@code (value, end)} or raises
 * StopIteration(idx) where no JSON value starts. CPython: Modules/_json.c scanner_new,
 * scanner_call, scan_once_unicode, _parse_object_unicode, _parse_array_unicode,
 * _match_number_unicode (3.11: no trailing-comma messages).
 */
@PyClass(name = "_json.Scanner")
public final class JsonScanner extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("_json.Scanner", PyType.OBJECT);

    static {
        TYPE.subclassable = false;   // CPython: no Py_TPFLAGS_BASETYPE
    }

    private final PyType type;
    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject objectPairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    /** Keys seen during one call, so equal keys share one str (CPython: the memo dict). */
    private HashMap<String, PyStr> memo;

    private JsonScanner(PyType type, PyObject ctx) {
        this.type = type;
        this.strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
        this.objectHook = Abstract.getAttr(ctx, "object_hook");
        this.objectPairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
        this.parseFloat = Abstract.getAttr(ctx, "parse_float");
        this.parseInt = Abstract.getAttr(ctx, "parse_int");
        this.parseConstant = Abstract.getAttr(ctx, "parse_constant");
    }

    @Override
    public PyType type() {
        return type;
    }

    /** CPython: scanner_new ("O:make_scanner"). */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(context)")
    public static PyObject __new__(PyType cls, PyObject context) {
        return new JsonScanner(cls, context);
    }

    /** CPython: scanner_call ("On:scan_once", keywords string and idx). */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        PyObject string = np > 0 ? args[0] : null;
        PyObject idx = np > 1 ? args[1] : null;
        if (args.length > 2) {
            throw Errors.typeError("scan_once() takes at most 2 arguments (" + args.length + " given)");
        }
        for (int k = 0; k < nk; k++) {
            PyObject v = args[np + k];
            String name = kwnames[k];
            if (name.equals("string") && np < 1) {
                string = v;
            } else if (name.equals("idx") && np < 2) {
                idx = v;
            } else if (name.equals("string") || name.equals("idx")) {
                throw Errors.typeError("argument for scan_once() given by name ('" + name + "') and position ("
                        + (name.equals("string") ? 1 : 2) + ")");
            } else {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for scan_once()");
            }
        }
        if (string == null || idx == null) {
            throw Errors.typeError("scan_once() missing required argument '" + (string == null ? "string" : "idx")
                    + "' (pos " + (string == null ? 1 : 2) + ")");
        }
        long start = Args.toLong(idx);
        if (!(string instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not " + string.type().name);
        }
        memo = new HashMap<>();
        try {
            int[] next = new int[1];
            PyObject value = scanOnce(s, start, next);
            return PyTuple.of(value, PyInt.of(next[0]));
        } finally {
            memo = null;
        }
    }

    /** The Python-visible __call__. CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }

    @PyGetter
    public PyObject strict() {
        return PyBool.of(strict);
    }

    @PyGetter
    public PyObject object_hook() {
        return objectHook;
    }

    @PyGetter
    public PyObject object_pairs_hook() {
        return objectPairsHook;
    }

    @PyGetter
    public PyObject parse_float() {
        return parseFloat;
    }

    @PyGetter
    public PyObject parse_int() {
        return parseInt;
    }

    @PyGetter
    public PyObject parse_constant() {
        return parseConstant;
    }

    /** One JSON value at idx; next[0] gets the index after it. CPython: scan_once_unicode. */
    private PyObject scanOnce(PyStr s, long idx, int[] next) {
        int length = s.length();
        if (idx < 0) {
            throw Errors.valueError("idx cannot be negative");
        }
        if (idx >= length) {
            throw Errors.stopIteration(PyInt.of(idx));
        }
        int i = (int) idx;
        switch (s.codePointAt(i)) {
            case '"':
                return JsonModule.scanString(s, i + 1, strict, next);
            case '{':
                Interpreter.enterRecursive(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(s, i + 1, next);
                } finally {
                    Interpreter.leaveRecursive();
                }
            case '[':
                Interpreter.enterRecursive(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(s, i + 1, next);
                } finally {
                    Interpreter.leaveRecursive();
                }
            case 'n':
                if (matches(s, i, "null")) {
                    next[0] = i + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (matches(s, i, "true")) {
                    next[0] = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (matches(s, i, "false")) {
                    next[0] = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (matches(s, i, "NaN")) {
                    return constant(s, "NaN", i, next);
                }
                break;
            case 'I':
                if (matches(s, i, "Infinity")) {
                    return constant(s, "Infinity", i, next);
                }
                break;
            case '-':
                if (matches(s, i, "-Infinity")) {
                    return constant(s, "-Infinity", i, next);
                }
                break;
            default:
                break;
        }
        return matchNumber(s, i, next);
    }

    private static boolean matches(PyStr s, int i, String word) {
        if (i + word.length() > s.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (s.codePointAt(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipWhitespace(PyStr s, int i, int length) {
        while (i < length && isWhitespace(s.codePointAt(i))) {
            i++;
        }
        return i;
    }

    /** idx is just after '{'. CPython: _parse_object_unicode. */
    private PyObject parseObject(PyStr s, int idx, int[] next) {
        int length = s.length();
        boolean pairs = objectPairsHook != PyNone.NONE;
        PyList pairList = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        idx = skipWhitespace(s, idx, length);
        if (idx >= length || s.codePointAt(idx) != '}') {
            while (true) {
                if (idx >= length || s.codePointAt(idx) != '"') {
                    throw JsonModule.decodeError("Expecting property name enclosed in double quotes", s, idx);
                }
                PyStr key = JsonModule.scanString(s, idx + 1, strict, next);
                PyStr known = memo.putIfAbsent(key.value, key);
                if (known != null) {
                    key = known;
                }
                idx = skipWhitespace(s, next[0], length);
                if (idx >= length || s.codePointAt(idx) != ':') {
                    throw JsonModule.decodeError("Expecting ':' delimiter", s, idx);
                }
                idx = skipWhitespace(s, idx + 1, length);
                PyObject value = scanOnce(s, idx, next);
                if (pairs) {
                    pairList.append(PyTuple.of(key, value));
                } else {
                    dict.setItem(key, value);
                }
                idx = skipWhitespace(s, next[0], length);
                if (idx < length && s.codePointAt(idx) == '}') {
                    break;
                }
                if (idx >= length || s.codePointAt(idx) != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", s, idx);
                }
                idx = skipWhitespace(s, idx + 1, length);
            }
        }
        next[0] = idx + 1;
        if (pairs) {
            return Abstract.call(objectPairsHook, pairList);
        }
        if (objectHook != PyNone.NONE) {
            return Abstract.call(objectHook, dict);
        }
        return dict;
    }

    /** idx is just after '['. CPython: _parse_array_unicode. */
    private PyObject parseArray(PyStr s, int idx, int[] next) {
        int length = s.length();
        PyList list = new PyList();
        idx = skipWhitespace(s, idx, length);
        if (idx >= length || s.codePointAt(idx) != ']') {
            while (true) {
                list.append(scanOnce(s, idx, next));
                idx = skipWhitespace(s, next[0], length);
                if (idx < length && s.codePointAt(idx) == ']') {
                    break;
                }
                if (idx >= length || s.codePointAt(idx) != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", s, idx);
                }
                idx = skipWhitespace(s, idx + 1, length);
            }
        }
        if (idx >= length || s.codePointAt(idx) != ']') {
            throw JsonModule.decodeError("Expecting value", s, length - 1);
        }
        next[0] = idx + 1;
        return list;
    }

    /** NaN, Infinity, -Infinity through parse_constant. CPython: _parse_constant. */
    private PyObject constant(PyStr s, String name, int idx, int[] next) {
        PyObject value = Abstract.call(parseConstant, PyStr.intern(name));
        next[0] = idx + name.length();
        return value;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? in ASCII digits. CPython: _match_number_unicode. */
    private PyObject matchNumber(PyStr s, int start, int[] next) {
        int end = s.length() - 1;
        int idx = start;
        if (s.codePointAt(idx) == '-') {
            idx++;
            if (idx > end) {
                throw Errors.stopIteration(PyInt.of(start));
            }
        }
        int c = s.codePointAt(idx);
        if (c >= '1' && c <= '9') {
            idx++;
            while (idx <= end && isDigit(s.codePointAt(idx))) {
                idx++;
            }
        } else if (c == '0') {
            idx++;
        } else {
            throw Errors.stopIteration(PyInt.of(start));
        }
        int intEnd = idx;
        boolean isFloat = false;
        if (idx < end && s.codePointAt(idx) == '.' && isDigit(s.codePointAt(idx + 1))) {
            isFloat = true;
            idx += 2;
            while (idx <= end && isDigit(s.codePointAt(idx))) {
                idx++;
            }
        }
        if (idx < end && (s.codePointAt(idx) == 'e' || s.codePointAt(idx) == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < end && (s.codePointAt(idx) == '-' || s.codePointAt(idx) == '+')) {
                idx++;
            }
            while (idx <= end && isDigit(s.codePointAt(idx))) {
                idx++;
            }
            if (isDigit(s.codePointAt(idx - 1))) {
                isFloat = true;
            } else {
                idx = eStart;
            }
        }
        next[0] = idx;
        PyObject custom = isFloat ? (parseFloat != PyFloat.TYPE ? parseFloat : null)
                : (parseInt != PyInt.TYPE ? parseInt : null);
        if (custom != null) {
            return Abstract.call(custom, s.substring(start, idx));
        }
        // only ASCII characters were matched, so the str's chars are the number's text
        String text = s.substring(start, idx).value;
        if (isFloat) {
            return PyFloat.of(FloatRepr.parse(text));
        }
        boolean negative = text.charAt(0) == '-';
        int digits = intEnd - start - (negative ? 1 : 0);
        if (digits <= 18) {
            return PyInt.of(Long.parseLong(text));
        }
        if (IntMath.maxStrDigits > 0 && digits > IntMath.maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (" + IntMath.maxStrDigits
                    + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Object v = IntParse.parse(text, negative ? 1 : 0, text.length(), 10);
        PyInt r = v instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) v);
        return negative ? PyInt.neg(r) : r;
    }
}
