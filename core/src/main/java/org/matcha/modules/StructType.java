package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Codecs;
import org.matcha.objects.Errors;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/** {@code _struct.Struct}: a compiled format. CPython: Modules/_struct.c PyStructType (s_pack, s_unpack...). */
@PyClass(name = "Struct")
public final class StructType extends PyObject {
    public static final PyType TYPE = PyType.builtin("Struct", PyType.OBJECT, StructType::new);

    private final PyType type;
    private PyDict dict;
    private StructFormat compiled;
    private String formatText;

    private StructType(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    /** A Struct for a format object (str or bytes), as Struct(format) does. */
    static StructType of(PyObject format) {
        StructType s = new StructType(TYPE);
        s.init(format);
        return s;
    }

    StructFormat compiled() {
        if (compiled == null) {
            compiled = StructFormat.compile("");
            formatText = "";
        }
        return compiled;
    }

    private void init(PyObject format) {
        String text;
        if (format instanceof PyStr s) {
            byte[] ascii = Codecs.encode(s, "ascii", "strict");
            text = new PyBytes(ascii).latin1();
        } else if (format instanceof PyBytes b) {
            text = b.latin1();
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + format.type().name);
        }
        compiled = StructFormat.compile(text);
        formatText = text;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new StructType(cls);
    }

    @PyMethod(sig = "(format)")
    public void __init__(PyObject format) {
        init(format);
    }

    @PyGetter
    public PyObject format() {
        compiled();
        return PyStr.of(formatText);
    }

    @PyGetter
    public PyObject size() {
        return PyInt.of(compiled().size);
    }

    @PyMethod
    public PyObject __sizeof__() {
        return PyInt.of(64 + 24L * compiled().codes.length);
    }

    /** CPython: s_pack. */
    @PyMethod(sig = "(*values)")
    public PyObject pack(PyObject[] values) {
        StructFormat f = compiled();
        if (values.length != f.items) {
            throw StructModule.error("pack expected " + f.items + " items for packing (got " + values.length + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(values, 0, out, 0);
        return new PyBytes(out);
    }

    /** CPython: s_pack_into. */
    @PyMethod(sig = "(*args)")
    public PyObject pack_into(PyObject[] args) {
        StructFormat f = compiled();
        if (args.length != f.items + 2) {
            if (args.length == 0) {
                throw StructModule.error("pack_into expected buffer argument");
            } else if (args.length == 1) {
                throw StructModule.error("pack_into expected offset argument");
            }
            throw StructModule.error("pack_into expected " + f.items + " items for packing (got " + (args.length - 2) + ")");
        }
        if (!(args[0] instanceof BufferExporter buf) || buf.bufferReadonly()) {
            throw Errors.typeError("argument must be read-write bytes-like object, not " + args[0].type().name);
        }
        long offset = offsetOf(args[1]);
        int len = buf.bufferLength();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructModule.error("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            // CPython prints size + offset as a size_t
            throw StructModule.error("pack_into requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for packing " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(args, 2, out, 0);
        System.arraycopy(out, 0, buf.bufferArray(), buf.bufferOffset() + (int) offset, f.size);
        return org.matcha.objects.PyNone.NONE;
    }

    /** An offset argument: an index, IndexError when it does not fit a Py_ssize_t. */
    private static long offsetOf(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** CPython: Struct_unpack_impl. */
    @PyMethod
    public PyObject unpack(PyObject buffer) {
        StructFormat f = compiled();
        byte[] b = PyBytes.asBytes(buffer);
        if (b.length != f.size) {
            throw StructModule.error("unpack requires a buffer of " + f.size + " bytes");
        }
        return PyTuple.of(f.unpack(b, 0));
    }

    /** CPython: Struct_unpack_from_impl. */
    @PyMethod(sig = "(buffer, offset=0)")
    public PyObject unpack_from(PyObject buffer, PyObject offsetArg) {
        StructFormat f = compiled();
        byte[] b = PyBytes.asBytes(buffer);
        long offset = Abstract.index(offsetArg).big != null ? offsetOf(offsetArg) : Abstract.index(offsetArg).value;
        int len = b.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructModule.error("offset " + offset + " out of range for " + len + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructModule.error("unpack_from requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for unpacking " + f.size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
        }
        return PyTuple.of(f.unpack(b, (int) offset));
    }

    /** CPython: Struct_iter_unpack. */
    @PyMethod
    public PyObject iter_unpack(PyObject buffer) {
        StructFormat f = compiled();
        byte[] b = PyBytes.asBytes(buffer);
        if (f.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % f.size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new StructUnpackIterator(f, b);
    }
}
