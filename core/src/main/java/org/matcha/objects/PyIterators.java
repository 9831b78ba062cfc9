package org.matcha.objects;

import java.math.BigInteger;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

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
        // One Java class serves several Python types: they share its methods.
        shareMethods(DICT_KEYITER, DICT_VALUEITER, DICT_ITEMITER);
        shareMethods(DICT_REVKEYITER, DICT_REVVALUEITER, DICT_REVITEMITER);
        shareMethods(BYTES_ITER, BYTEARRAY_ITER);
    }

    private static void shareMethods(PyType from, PyType... to) {
        for (String name : new String[] {"__reduce__", "__setstate__", "__length_hint__"}) {
            PyObject m = from.dict().getItem(name);
            if (m != null) {
                for (PyType t : to) {
                    t.dict().setItem(name, m);
                }
            }
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

    static PyObject builtin(String name) {
        return org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem(name);
    }

    /** (iter, (seq,), index), CPython's reduction of an index-based iterator. */
    static PyObject reduceIndexed(PyObject seq, long index) {
        return PyTuple.of(builtin("iter"), PyTuple.of(seq), PyInt.of(index));
    }

    /** (iter, (empty,)), the reduction of an exhausted iterator. */
    static PyObject reduceExhausted(PyObject empty) {
        return PyTuple.of(builtin("iter"), PyTuple.of(empty));
    }

    /** The index a __setstate__ receives, clamped to [lo, hi]. */
    static long clampIndex(PyObject state, long lo, long hi) {
        long i = Abstract.index(state).longValueClamped();
        return i < lo ? lo : Math.min(i, hi);
    }

    /** Over a bytes or bytearray, reading its current contents (a bytearray may change meanwhile). */
    @PyClass(name = "bytes_iterator")
    public static final class BytesIterator extends PyIterator {
        public static final PyType TYPE = BYTES_ITER;
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

        /** CPython: striter_len / bytearrayiter_length_hint. */
        @PyMethod
        public long __length_hint__() {
            return data == null ? 0 : Math.max(0, data.bufferLength() - pos);
        }

        /** CPython: striter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return data == null ? reduceExhausted(PyTuple.EMPTY) : reduceIndexed((PyObject) data, pos);
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            if (data != null) {
                pos = (int) clampIndex(state, 0, data.bufferLength());
            }
        }
    }

    /** Over a fixed array (tuples). */
    @PyClass(name = "tuple_iterator")
    public static final class ArrayIterator extends PyIterator {
        public static final PyType TYPE = TUPLE_ITER;
        private PyObject[] items;
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
            if (items != null && pos < size) {
                return items[pos++];
            }
            items = null;
            return null;
        }

        /** CPython: tupleiter_len. */
        @PyMethod
        public long __length_hint__() {
            return items == null ? 0 : Math.max(0, size - pos);
        }

        /** CPython: tupleiter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (items == null) {
                return reduceExhausted(PyTuple.EMPTY);
            }
            return reduceIndexed(PyTuple.of(java.util.Arrays.copyOf(items, size)), pos);
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            if (items != null) {
                pos = (int) clampIndex(state, 0, size);
            }
        }
    }

    @PyClass(name = "list_iterator")
    public static final class ListIterator extends PyIterator {
        public static final PyType TYPE = LIST_ITER;
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

        /** CPython: listiter_len. */
        @PyMethod
        public long __length_hint__() {
            return list == null ? 0 : Math.max(0, list.size - pos);
        }

        /** CPython: listiter_reduce_general. */
        @PyMethod
        public PyObject __reduce__() {
            return list == null ? reduceExhausted(new PyList()) : reduceIndexed(list, pos);
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            if (list != null) {
                pos = (int) clampIndex(state, 0, list.size);
            }
        }
    }

    @PyClass(name = "list_reverseiterator")
    public static final class ListReverseIterator extends PyIterator {
        public static final PyType TYPE = LIST_REVITER;
        private PyList list;
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
            if (list != null && pos >= 0 && pos < list.size) {
                return list.items[pos--];
            }
            pos = -1;
            list = null;
            return null;
        }

        /** CPython: listreviter_len. */
        @PyMethod
        public long __length_hint__() {
            long n = pos + 1L;
            return list == null || list.size < n ? 0 : n;
        }

        /** CPython: listiter_reduce_general (reversed). */
        @PyMethod
        public PyObject __reduce__() {
            if (list == null) {
                return reduceExhausted(new PyList());
            }
            return PyTuple.of(builtin("reversed"), PyTuple.of(list), PyInt.of(pos));
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            if (list != null) {
                pos = (int) clampIndex(state, -1, list.size - 1L);
            }
        }
    }

    @PyClass(name = "str_ascii_iterator")
    public static final class StrIterator extends PyIterator {
        public static final PyType TYPE = STR_ITER;
        private PyStr s;
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
            if (s != null && pos < s.length()) {
                return PyStr.ofChar(s.codePointAt(pos++));
            }
            s = null;
            return null;
        }

        /** CPython: unicodeiter_len. */
        @PyMethod
        public long __length_hint__() {
            return s == null ? 0 : Math.max(0, s.length() - pos);
        }

        /** CPython: unicodeiter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return s == null ? reduceExhausted(PyStr.of("")) : reduceIndexed(s, pos);
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            if (s != null) {
                pos = (int) clampIndex(state, 0, s.length());
            }
        }
    }

    /** CPython: rangeiterobject (start, step, len and the index reached). */
    @PyClass(name = "range_iterator")
    public static final class RangeIterator extends PyIterator {
        public static final PyType TYPE = RANGE_ITER;
        private final long start;
        private final long step;
        private final long length;
        private long index;

        public RangeIterator(long start, long step, long length) {
            this.start = start;
            this.step = step;
            this.length = length;
        }

        @Override
        public PyType type() {
            return RANGE_ITER;
        }

        @Override
        public PyObject nextOrNull() {
            if (index >= length) {
                return null;
            }
            if ((index & 0xFFFF) == 0xFFFF) {
                org.matcha.vm.Interpreter.checkInterrupt();
            }
            return PyInt.of(start + (index++) * step);
        }

        @PyMethod
        public long __length_hint__() {
            return Math.max(0, length - index);
        }

        /** CPython: rangeiter_reduce: (iter, (range(start, start + len * step, step),), index). */
        @PyMethod
        public PyObject __reduce__() {
            PyRange r = new PyRange(PyInt.of(start), PyInt.of(BigInteger.valueOf(step).multiply(BigInteger.valueOf(length))
                    .add(BigInteger.valueOf(start))), PyInt.of(step));
            return reduceIndexed(r, index);
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            index = clampIndex(state, 0, length);
        }
    }

    @PyClass(name = "longrange_iterator")
    public static final class BigRangeIterator extends PyIterator {
        public static final PyType TYPE = LONGRANGE_ITER;
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

        @PyMethod
        public PyObject __length_hint__() {
            BigInteger n = range.lengthInt().toBig().subtract(index);
            return PyInt.of(n.signum() < 0 ? BigInteger.ZERO : n);
        }

        /** CPython: longrangeiter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            BigInteger len = range.lengthInt().toBig();
            BigInteger step = range.step.toBig();
            BigInteger start = range.start.toBig();
            if (reversed) {
                start = start.add(step.multiply(len.subtract(BigInteger.ONE)));
                step = step.negate();
            }
            PyRange r = new PyRange(PyInt.of(start), PyInt.of(start.add(step.multiply(len))), PyInt.of(step));
            return PyTuple.of(builtin("iter"), PyTuple.of(r), PyInt.of(index));
        }

        @PyMethod
        public void __setstate__(PyObject state) {
            BigInteger i = Abstract.index(state).toBig();
            BigInteger len = range.lengthInt().toBig();
            index = i.signum() < 0 ? BigInteger.ZERO : i.compareTo(len) > 0 ? len : i;
        }
    }

    /** Keys, values or items of a dict, in insertion order. */
    @PyClass(name = "dict_keyiterator")
    public static final class DictIterator extends PyIterator {
        public static final PyType TYPE = DICT_KEYITER;
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
            return entry(dict, e, kind);
        }

        /** CPython: dictiter_len. */
        @PyMethod
        public long __length_hint__() {
            return pos >= 0 && dict.size() == size ? size - seen : 0;
        }

        /** CPython: dictiter_reduce: iter() of a list of what remains, without consuming it. */
        @PyMethod
        public PyObject __reduce__() {
            PyList rest = new PyList();
            if (pos >= 0 && dict.size() == size) {
                for (int e = dict.nextEntry(pos); e >= 0; e = dict.nextEntry(e + 1)) {
                    rest.append(entry(dict, e, kind));
                }
            }
            return reduceExhausted(rest);
        }
    }

    static PyObject entry(PyDict dict, int e, int kind) {
        switch (kind) {
            case DictIterator.KEYS:
                return dict.keyAt(e);
            case DictIterator.VALUES:
                return dict.valueAt(e);
            default:
                return PyTuple.of(dict.keyAt(e), dict.valueAt(e));
        }
    }

    @PyClass(name = "dict_reversekeyiterator")
    public static final class DictReverseIterator extends PyIterator {
        public static final PyType TYPE = DICT_REVKEYITER;
        private final PyDict dict;
        private final int kind;
        private final int size;
        private int pos;
        private int seen;

        public DictReverseIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.pos = dict.entryLimit() - 1;
        }

        @Override
        public PyType type() {
            return kind == DictIterator.KEYS ? DICT_REVKEYITER : kind == DictIterator.VALUES ? DICT_REVVALUEITER
                    : DICT_REVITEMITER;
        }

        private int skip(int p) {
            while (p >= 0 && (p >= dict.entryLimit() || dict.keyAt(p) == null)) {
                p--;
            }
            return p;
        }

        @Override
        public PyObject nextOrNull() {
            pos = skip(pos);
            if (pos < 0) {
                return null;
            }
            int e = pos--;
            seen++;
            return entry(dict, e, kind);
        }

        /** CPython: dictiter_len. */
        @PyMethod
        public long __length_hint__() {
            return pos >= 0 && dict.size() == size ? Math.max(0, size - seen) : 0;
        }

        /** CPython: dictiter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            PyList rest = new PyList();
            for (int p = skip(pos); p >= 0; p = skip(p - 1)) {
                rest.append(entry(dict, p, kind));
            }
            return reduceExhausted(rest);
        }
    }

    @PyClass(name = "set_iterator")
    public static final class SetIterator extends PyIterator {
        public static final PyType TYPE = SET_ITER;
        private final PySet set;
        private final int size;
        private int pos;
        private int seen;

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
            seen++;
            return set.keyAt(s);
        }

        /** CPython: setiter_len. */
        @PyMethod
        public long __length_hint__() {
            return pos >= 0 && set.size() == size ? size - seen : 0;
        }

        /** CPython: setiter_reduce: iter() of a list of what remains. */
        @PyMethod
        public PyObject __reduce__() {
            PyList rest = new PyList();
            if (pos >= 0 && set.size() == size) {
                for (int s = set.nextSlot(pos); s >= 0; s = set.nextSlot(s + 1)) {
                    rest.append(set.keyAt(s));
                }
            }
            return reduceExhausted(rest);
        }
    }

    /** Iteration through __getitem__ with 0, 1, 2, ... until IndexError. CPython: seqiterobject. */
    @PyClass(name = "iterator")
    public static final class SeqIterator extends PyIterator {
        public static final PyType TYPE = SEQ_ITER;
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

        /** CPython: iter_len (NotImplemented when the sequence has no __len__). */
        @PyMethod
        public PyObject __length_hint__() {
            if (seq == null) {
                return PyInt.of(0);
            }
            if (seq.type().lookup("__len__") == null) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            long n = Abstract.len(seq) - index;
            return PyInt.of(Math.max(0, n));
        }

        /** CPython: iter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return seq == null ? reduceExhausted(PyTuple.EMPTY) : reduceIndexed(seq, index);
        }

        /** CPython: iter_setstate (only negative indexes are clamped). */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (seq != null) {
                index = clampIndex(state, 0, Long.MAX_VALUE);
            }
        }
    }

    /** iter(callable, sentinel). */
    @PyClass(name = "callable_iterator")
    public static final class CallableIterator extends PyIterator {
        public static final PyType TYPE = CALLABLE_ITER;
        private PyObject callable;
        private PyObject sentinel;

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
            if (callable != null && Abstract.eqBool(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }

        /** CPython: calliter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (callable == null) {
                return reduceExhausted(PyTuple.EMPTY);
            }
            return PyTuple.of(builtin("iter"), PyTuple.of(callable, sentinel));
        }
    }
}
