package org.matcha.modules.collections;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The _collections module: deque, defaultdict and the helpers of namedtuple and Counter.
 * OrderedDict stays the pure-Python one of Lib/collections. CPython: Modules/_collectionsmodule.c.
 */
@PyModuleDef(name = "_collections")
public final class CollectionsModule {
    private CollectionsModule() {}

    public static void init(PyModule m) {
        m.add("deque", Deque.TYPE);
        m.add("defaultdict", DefaultDict.TYPE);
        m.add("_deque_iterator", DequeIterator.TYPE);
        m.add("_deque_reverse_iterator", DequeIterator.REVERSE_TYPE);
        m.add("_tuplegetter", TupleGetter.TYPE);
        for (PyType t : new PyType[] {DequeIterator.TYPE, DequeIterator.REVERSE_TYPE}) {
            t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
            t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        }
    }

    /** Counter's counting loop. CPython: _collections__count_elements_impl. */
    @PyMethod(sig = "(mapping, iterable, /)")
    public static void _count_elements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyObject get = Abstract.getAttr(mapping, "get");
        PyObject zero = PyInt.of(0);
        PyObject one = PyInt.of(1);
        PyObject elem;
        while ((elem = Abstract.next(it)) != null) {
            PyObject old = Abstract.call(get, elem, zero);
            Abstract.setItem(mapping, elem, Abstract.binaryOp(old, one, Abstract.ADD));
        }
    }

    /** namedtuple's field accessor: a read-only descriptor for item {@code index}. */
    @PyClass(name = "_collections._tuplegetter")
    public static final class TupleGetter extends PyObject implements Descriptor {
        public static final PyType TYPE = PyType.builtin("_collections._tuplegetter", PyType.OBJECT);

        static {
            TYPE.hasInstanceDict = false;
            TYPE.addGetSet("__doc__", self -> ((TupleGetter) self).doc, (self, v) -> ((TupleGetter) self).doc = v);
        }

        private final int index;
        private PyObject doc;

        TupleGetter(int index, PyObject doc) {
            this.index = index;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(index, doc, /)")
        public static PyObject __new__(PyType cls, long index, PyObject doc) {
            return new TupleGetter((int) index, doc);
        }

        /** CPython: tuplegetter_descr_get. */
        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null || obj == PyNone.NONE) {
                return this;
            }
            if (!(obj instanceof PyTuple t)) {
                throw Errors.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + obj.type().name + "' object");
            }
            if (index >= t.items.length) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.items[index];
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            throw Errors.attributeError("can't set attribute");
        }

        @Override
        public void delete(PyObject obj) {
            throw Errors.attributeError("can't delete attribute");
        }

        @PyMethod(sig = "(instance, owner=None, /)")
        public PyObject __get__(PyObject instance, PyObject owner) {
            return get(instance == PyNone.NONE ? null : instance, null);
        }

        @PyMethod
        public void __set__(PyObject instance, PyObject value) {
            set(instance, value);
        }

        @PyMethod
        public void __delete__(PyObject instance) {
            delete(instance);
        }

        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(TYPE, PyTuple.of(PyInt.of(index), doc));
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of(TYPE.shortName() + "(" + index + ", " + Abstract.reprString(doc) + ")");
        }
    }
}
