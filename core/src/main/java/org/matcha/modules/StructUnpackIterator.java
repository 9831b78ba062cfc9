package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyIterator;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/** {@code _struct.unpack_iterator}, made by iter_unpack. CPython: Modules/_struct.c unpackiter_iternext. */
@PyClass(name = "unpack_iterator")
public final class StructUnpackIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("unpack_iterator", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private final StructFormat format;
    private final byte[] data;
    private int pos;

    StructUnpackIterator(StructFormat format, byte[] data) {
        this.format = format;
        this.data = data;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        if (pos + format.size > data.length) {
            return null;
        }
        PyObject[] items = format.unpack(data, pos);
        pos += format.size;
        return PyTuple.of(items);
    }

    @PyMethod
    public PyObject __length_hint__() {
        return PyInt.of((data.length - pos) / format.size);
    }
}
