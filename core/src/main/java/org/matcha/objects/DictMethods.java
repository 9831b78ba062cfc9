package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** The dict methods beyond the core protocol. CPython: Objects/dictobject.c. */
@PyClass(name = "dict")
public final class DictMethods {
    public static final PyType TYPE = PyDict.TYPE;

    private DictMethods() {}

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        // CPython: dict_equal reads the value before the lookup, whose __eq__ may change either dict
        for (int i = a.nextEntry(0); i >= 0; i = a.nextEntry(i + 1)) {
            PyObject k = a.keyAt(i);
            PyObject av = a.valueAt(i);
            PyObject bv = b.getItem(k);
            if (bv == null) {
                return false;
            }
            if (av != bv && !Abstract.eqBool(av, bv)) {
                return false;
            }
        }
        return true;
    }

    /** dict.update(other): a mapping (has keys()) or an iterable of pairs. CPython: dict_update_arg. */
    public static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict o && o.type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
            for (int i = o.nextEntry(0); i >= 0; i = o.nextEntry(i + 1)) {
                d.setItem(o.keyAt(i), o.valueAt(i));
            }
            return;
        }
        PyObject keysMethod = Abstract.lookupAttrOrNull(other, "keys");
        if (keysMethod != null) {
            PyObject it = Abstract.iter(Abstract.call(keysMethod));
            PyObject k;
            while ((k = Abstract.next(it)) != null) {
                d.setItem(k, Abstract.getItem(other, k));
            }
            return;
        }
        PyObject it = Abstract.iter(other);
        PyObject item;
        int n = 0;
        while ((item = Abstract.next(it)) != null) {
            PyObject[] pair;
            try {
                pair = Abstract.toArray(item);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TypeError)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + n
                            + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                        + "; 2 is required");
            }
            d.setItem(pair[0], pair[1]);
            n++;
        }
    }

    @PyMethod(sig = "(key, default=None, /)",
            doc = "Return the value for key if key is in the dictionary, else default.")
    public static PyObject get(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.getItem(key);
        return v == null ? dflt : v;
    }

    @PyMethod(sig = "(key, default=None, /)",
            doc = "Insert key with a value of default if key is not in the dictionary.\n"
            + "\n"
            + "Return the value for key if key is in the dictionary, else default.")
    public static PyObject setdefault(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.getItem(key);
        if (v == null) {
            self.setItem(key, dflt);
            return dflt;
        }
        return v;
    }

    @PyMethod(sig = "(key, default=NULL, /)",
            doc = "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n"
            + "\n"
            + "If the key is not found, return the default if given; otherwise,\n"
            + "raise a KeyError.")
    public static PyObject pop(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.removeItem(key);
        if (v == null) {
            if (dflt == null) {
                throw Errors.keyError(key);
            }
            return dflt;
        }
        return v;
    }

    @PyMethod(doc = "Remove and return a (key, value) pair as a 2-tuple.\n"
            + "\n"
            + "Pairs are returned in LIFO (last-in, first-out) order.\n"
            + "Raises KeyError if the dict is empty.")
    public static PyObject popitem(PyDict self) {
        for (int i = self.entryLimit() - 1; i >= 0; i--) {
            PyObject k = self.keyAt(i);
            if (k != null) {
                PyObject v = self.valueAt(i);
                self.removeItem(k);
                return PyTuple.of(k, v);
            }
        }
        throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
    }

    @PyMethod(doc = "D.keys() -> a set-like object providing a view on D's keys")
    public static PyObject keys(PyDict self) {
        return new PyDictView(self, PyIterators.DictIterator.KEYS);
    }

    @PyMethod(doc = "D.values() -> an object providing a view on D's values")
    public static PyObject values(PyDict self) {
        return new PyDictView(self, PyIterators.DictIterator.VALUES);
    }

    @PyMethod(doc = "D.items() -> a set-like object providing a view on D's items")
    public static PyObject items(PyDict self) {
        return new PyDictView(self, PyIterators.DictIterator.ITEMS);
    }

    @PyMethod(sig = "(*args, **kwargs)", doc = "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
            + "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
            + "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
            + "In either case, this is followed by: for k in F:  D[k] = F[k]")
    public static void update(PyDict self, PyObject[] args, PyDict kwargs) {
        if (args.length > 1) {
            throw Errors.typeError("update expected at most 1 argument, got " + args.length);
        }
        if (args.length == 1) {
            update(self, args[0]);
        }
        if (kwargs != null) {
            update(self, kwargs);
        }
    }

    @PyMethod(doc = "D.clear() -> None.  Remove all items from D.")
    public static void clear(PyDict self) {
        self.clear();
    }

    @PyMethod(doc = "D.copy() -> a shallow copy of D")
    public static PyObject copy(PyDict self) {
        return self.copyDict();
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(iterable, value=None, /)",
            doc = "Create a new dictionary with keys from iterable and values set to value.")
    public static PyObject fromkeys(PyType cls, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(cls);
        if (d instanceof PyDict pd && pd.type() == PyDict.TYPE && iterable instanceof PySet set) {
            // CPython: _PyDict_FromKeys reuses the set's hashes
            for (int i = set.nextSlot(0); i >= 0; i = set.nextSlot(i + 1)) {
                PyObject k = set.keyAt(i);
                pd.setItem(k, set.hashAt(i), value);
            }
            return d;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject k;
        while ((k = Abstract.next(it)) != null) {
            if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) {
                pd.setItem(k, value);
            } else {
                Abstract.setItem(d, k, value);
            }
        }
        return d;
    }

    @PyMethod(doc = "Return self|value.")
    public static PyObject __or__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyDict r = self.copyDict();
        update(r, o);
        return r;
    }

    @PyMethod(doc = "Return value|self.")
    public static PyObject __ror__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyDict r = o.copyDict();
        update(r, self);
        return r;
    }

    @PyMethod(doc = "Return self|=value.")
    public static PyObject __ior__(PyDict self, PyObject other) {
        update(self, other);
        return self;
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, doc = "See PEP 585")
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
