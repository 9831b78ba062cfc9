package org.matcha.modules.js;

import org.matcha.objects.PyObject;

/**
 * What the {@code js} module needs from a JavaScript host. JS values are opaque {@code Object}s to
 * core; the browser build implements this over TeaVM's JSO, tests over plain Java objects.
 * Operations that run JS code and fail throw the PyException made by
 * {@link JsInterop#jsException}, or the Python exception that a Python callback raised inside JS.
 * Pyodide's equivalent is src/core/hiwire.c plus jsproxy.c.
 */
public interface JsBridge {
    int UNDEFINED = 0;
    int NULL = 1;
    int BOOLEAN = 2;
    /** A number holding an integer within ±2^53. */
    int INTEGER = 3;
    int FLOAT = 4;
    int STRING = 5;
    int BIGINT = 6;
    /** A Python object handed to JS earlier (a PyProxy or a Python function). */
    int PYTHON = 7;
    int FUNCTION = 8;
    int OBJECT = 9;
    int SYMBOL = 10;

    /** One of the constants above. */
    int kind(Object v);

    /** globalThis, what {@code import js} reaches. */
    Object global();

    Object undefined();

    Object fromBoolean(boolean b);

    Object fromDouble(double d);

    Object fromString(String s);

    /** A BigInt from its decimal digits (with an optional leading minus). */
    Object fromBigInt(String decimal);

    /** JavaScript truthiness. */
    boolean truthy(Object v);

    double toDouble(Object v);

    /** String(v), or a placeholder when that throws. */
    String toStr(Object v);

    /** A BigInt's decimal digits. */
    String bigIntToString(Object v);

    /** The Python object behind a value of kind {@link #PYTHON}. */
    PyObject toPython(Object v);

    /** A JS value standing for a Python object: a function for callables, else a PyProxy. */
    Object fromPython(PyObject o);

    /** typeof v. */
    String typeOf(Object v);

    Object get(Object o, Object key);

    void set(Object o, Object key, Object value);

    /** delete o[key]: false when JS refused. */
    boolean delete(Object o, Object key);

    /** key in o. */
    boolean has(Object o, Object key);

    Object call(Object function, Object thisArg, Object[] args);

    Object construct(Object constructor, Object[] args);

    boolean strictEquals(Object a, Object b);

    boolean instanceOf(Object v, Object constructor);

    boolean isArray(Object v);

    /** v[Symbol.iterator]() when v is iterable, else null. */
    Object iterator(Object v);

    /** A new plain object. */
    Object newObject();

    Object newArray(Object[] items);

    /** A number that stays the same for one JS object for its whole life (__hash__). */
    int identity(Object v);

    /** Object.keys(v) as Java strings. */
    String[] keys(Object v);
}
