package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.hashes.Digest;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * A hash object of _md5, _sha1, _sha256, _sha512, _sha3 or _blake2. The methods live here once;
 * each algorithm gets its own Python type (e.g. {@code _sha512.sha384}) holding copies of them, so
 * its MRO is (type, object) as in CPython. CPython: Modules/sha512module.c SHA512Type_* and friends.
 */
@PyClass(name = "HASH")
public class HashObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("HASH", PyType.OBJECT);

    protected final PyType type;
    protected final Digest engine;

    HashObject(PyType type, Digest engine) {
        this.type = type;
        this.engine = engine;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * A Python type named {@code name} in {@code module}, a subtype of {@code base} (HASH or a
     * subtype) whose methods it inherits; CPython's MRO has no HASH step in between.
     */
    static PyType makeType(String module, String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        t.subclassable = false;
        t.dict().setItem("__module__", PyStr.of(module));
        return t;
    }

    /**
     * A type named {@code name} in {@code module} whose MRO is (type, object), as CPython's
     * per-algorithm heap types: the HASH methods are installed on it directly, so messages name it
     * ("blake2b.update() takes ..."). Callers install their own methods (and __new__) afterwards.
     */
    static PyType standaloneType(String module, String name) {
        PyType t = PyType.builtin(module + "." + name, PyType.OBJECT);
        t.subclassable = false;
        HashObjectExposed.install(t);
        return t;
    }

    /** The bytes of data to hash. CPython: GET_BUFFER_VIEW_OR_ERROUT. */
    static byte[] dataOf(PyObject data) {
        if (data instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        if (data instanceof PyBytes b) {
            return b.bytes;
        }
        if (data instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (data instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        throw Errors.typeError("cannot create '" + cls.fullName() + "' instances");
    }

    @PyMethod
    public void update(PyObject data) {
        byte[] b = dataOf(data);
        engine.update(b, 0, b.length);
    }

    @PyMethod
    public PyObject digest() {
        return new PyBytes(engine.digest());
    }

    @PyMethod
    public PyObject hexdigest() {
        return PyStr.of(hex(engine.digest()));
    }

    @PyMethod
    public PyObject copy() {
        return withEngine(engine.copy());
    }

    /** A hash object like this one over {@code e} (subclasses keep their Java class). */
    protected HashObject withEngine(Digest e) {
        return new HashObject(type, e);
    }

    @PyGetter
    public PyObject name() {
        return PyStr.of(engine.name());
    }

    @PyGetter
    public PyObject digest_size() {
        return PyInt.of(engine.digestSize());
    }

    @PyGetter
    public PyObject block_size() {
        return PyInt.of(engine.blockSize());
    }

    static String hex(byte[] b) {
        char[] out = new char[b.length * 2];
        String digits = "0123456789abcdef";
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = digits.charAt((b[i] >> 4) & 15);
            out[2 * i + 1] = digits.charAt(b[i] & 15);
        }
        return new String(out);
    }

    /** A new hash object of {@code type} over {@code engine}, fed {@code data} unless null. */
    static PyObject create(PyType type, Digest engine, PyObject data) {
        HashObject h = new HashObject(type, engine);
        if (data != null) {
            h.update(data);
        }
        return h;
    }
}
