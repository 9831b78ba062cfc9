package org.matcha.objects;

import java.math.BigInteger;

/** The iterators of the builtin containers. CPython: the *iterobject types of Objects/. */
public final class PyIterators {
    private PyIterators() {}

    private static PyType iterType(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT);
        t.subclassable = false;
        TYPES.add(t);
        return t;
    }

    private static final java.util.List<PyType> TYPES = new java.util.ArrayList<>();

    /** Copies __iter__/__next__ from the iterator base into every iterator type. */
    public static void install() {
        for (PyType t : TYPES) {
            t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
            t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        }
    }

    static final PyType TUPLE_ITER = iterType("tuple_iterator");
    static final PyType LIST_ITER = iterType("list_iterator");
    static final PyType LIST_REVITER = iterType("list_reverseiterator");
    static final PyType STR_ITER = iterType("str_ascii_iterator");
    static final PyType RANGE_ITER = iterType("range_iterator");
    static final PyType LONGRANGE_ITER = iterType("longrange_iterator");
    static final PyType DICT_KEYITER = iterType("dict_keyiterator");
    static final PyType DICT_VALUEITER = iterType("dict_valueiterator");
    static final PyType DICT_ITEMITER = iterType("dict_itemiterator");
    static final PyType DICT_REVKEYITER = iterType("dict_reversekeyiterator");
    static final PyType DICT_REVVALUEITER = iterType("dict_reversevalueiterator");
    static final PyType DICT_REVITEMITER = iterType("dict_reverseitemiterator");
    static final PyType SET_ITER = iterType("set_iterator");
    static final PyType SEQ_ITER = iterType("iterator");
    static final PyType CALLABLE_ITER = iterType("callable_iterator");
    static final PyType BYTES_ITER = iterType("bytes_iterator");
    static final PyType BYTEARRAY_ITER = iterType("bytearray_iterator");

    /** Over a bytes or bytearray, reading its current contents (a bytearray may change meanwhile). */
    public static final class BytesIterator extends PyIterator {
        private BufferExporter data;
        private final PyType type;
        private int pos;

        public BytesIterator(BufferExporter data) {
            this.data = data;
            this.type = data instanceof PyByteArray ? BYTEARRAY_ITER : BYTES_ITER;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject nextOrNull() {
            if (data == null || pos >= data.bufferLength()) {
                data = null;
                return null;
            }
            return PyInt.of(data.bufferArray()[data.bufferOffset() + pos++] & 0xff);
        }
    }

    /** Over a fixed array (tuples). */
    public static final class ArrayIterator extends PyIterator {
        private final PyObject[] items;
        private final int size;
        private int pos;

        public ArrayIterator(PyObject[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public PyType type() {
            return TUPLE_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            return pos < size ? items[pos++] : null;
        }
    }

    public static final class ListIterator extends PyIterator {
        private PyList list;
        private int pos;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyType type() {
            return LIST_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (list != null && pos < list.size) {
                return list.items[pos++];
            }
            list = null;
            return null;
        }
    }

    public static final class ListReverseIterator extends PyIterator {
        private final PyList list;
        private int pos;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.pos = list.size - 1;
        }

        @Override
        public PyType type() {
            return LIST_REVITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (pos >= 0 && pos < list.size) {
                return list.items[pos--];
            }
            pos = -1;
            return null;
        }
    }

    public static final class StrIterator extends PyIterator {
        private final PyStr s;
        private int pos;

        public StrIterator(PyStr s) {
            this.s = s;
        }

        @Override
        public PyType type() {
            return STR_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            return pos < s.length() ? PyStr.ofChar(s.codePointAt(pos++)) : null;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return RANGE_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (remaining <= 0) {
                return null;
            }
            if ((--remaining & 0xFFFF) == 0) {
                org.matcha.vm.Interpreter.checkInterrupt();
            }
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    public static final class BigRangeIterator extends PyIterator {
        private final PyRange range;
        private final boolean reversed;
        private BigInteger index = BigInteger.ZERO;

        BigRangeIterator(PyRange range, boolean reversed) {
            this.range = range;
            this.reversed = reversed;
        }

        @Override
        public PyType type() {
            return LONGRANGE_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            BigInteger len = range.lengthInt().toBig();
            if (index.compareTo(len) >= 0) {
                return null;
            }
            BigInteger i = reversed ? len.subtract(BigInteger.ONE).subtract(index) : index;
            index = index.add(BigInteger.ONE);
            return range.get(i);
        }
    }

    /** Keys, values or items of a dict, in insertion order. */
    public static final class DictIterator extends PyIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;
        private final PyDict dict;
        private final int kind;
        private final int size;
        private int pos;
        private int seen;

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public PyType type() {
            return kind == KEYS ? DICT_KEYITER : kind == VALUES ? DICT_VALUEITER : DICT_ITEMITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (pos < 0) {
                return null;
            }
            if (dict.size() != size) {
                pos = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int e = dict.nextEntry(pos);
            if (e < 0) {
                pos = -1;
                if (seen != size) {
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
                return null;
            }
            pos = e + 1;
            seen++;
            switch (kind) {
                case KEYS:
                    return dict.keyAt(e);
                case VALUES:
                    return dict.valueAt(e);
                default:
                    return PyTuple.of(dict.keyAt(e), dict.valueAt(e));
            }
        }
    }

    public static final class DictReverseIterator extends PyIterator {
        private final PyDict dict;
        private final int kind;
        private int pos;

        public DictReverseIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.pos = dict.entryLimit() - 1;
        }

        @Override
        public PyType type() {
            return kind == DictIterator.KEYS ? DICT_REVKEYITER : kind == DictIterator.VALUES ? DICT_REVVALUEITER
                    : DICT_REVITEMITER;
        }

        @Override
        public PyObject nextOrNull() {
            while (pos >= 0 && (pos >= dict.entryLimit() || dict.keyAt(pos) == null)) {
                pos--;
            }
            if (pos < 0) {
                return null;
            }
            int e = pos--;
            switch (kind) {
                case DictIterator.KEYS:
                    return dict.keyAt(e);
                case DictIterator.VALUES:
                    return dict.valueAt(e);
                default:
                    return PyTuple.of(dict.keyAt(e), dict.valueAt(e));
            }
        }
    }

    public static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int size;
        private int pos;

        public SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public PyType type() {
            return SET_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (pos < 0) {
                return null;
            }
            if (set.size() != size) {
                pos = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            int s = set.nextSlot(pos);
            if (s < 0) {
                pos = -1;
                return null;
            }
            pos = s + 1;
            return set.keyAt(s);
        }
    }

    /** Iteration through __getitem__ with 0, 1, 2, ... until IndexError. CPython: seqiterobject. */
    public static final class SeqIterator extends PyIterator {
        private PyObject seq;
        private long index;

        public SeqIterator(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyType type() {
            return SEQ_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (seq == null) {
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(index++));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallableIterator extends PyIterator {
        private PyObject callable;
        private final PyObject sentinel;

        public CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(callable);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.eqBool(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
