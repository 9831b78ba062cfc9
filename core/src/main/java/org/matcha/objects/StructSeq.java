package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * Named tuples made in Java, such as sys.flags, os.stat_result and time.struct_time: a subclass of
 * tuple whose first {@code n_sequence_fields} items are the tuple, and whose remaining fields are
 * reachable only by name. CPython: Objects/structseq.c.
 */
public final class StructSeq {
    private StructSeq() {}

    /** What one structseq type knows about its fields. */
    static final class Layout {
        final String[] fields;
        final int visible;

        Layout(String[] fields, int visible) {
            this.fields = fields;
            this.visible = visible;
        }
    }

    /** An instance: the visible items are the tuple, {@code hidden} holds the rest. */
    public static final class Instance extends PyTuple {
        final PyObject[] all;

        Instance(PyType type, PyObject[] all, int visible) {
            super(type, java.util.Arrays.copyOf(all, visible));
            this.all = all;
        }

        /** Field {@code i}, visible or not. */
        public PyObject field(int i) {
            return all[i];
        }
    }

    private static final java.util.Map<PyType, Layout> LAYOUTS = new java.util.HashMap<>();

    /**
     * A new structseq type named {@code module.name} with the given fields, of which the first
     * {@code visible} form the tuple. CPython: PyStructSequence_NewType.
     */
    public static PyType newType(String module, String name, String[] fields, int visible) {
        String tpName = module.equals("builtins") ? name : module + "." + name;
        PyType t = PyType.builtin(tpName, PyTuple.TYPE, tp -> new Instance(tp, new PyObject[fields.length], visible));
        t.subclassable = false;
        LAYOUTS.put(t, new Layout(fields, visible));
        StructSeq_StructSeqMethodsExposed.install(t);
        int unnamed = 0;
        java.util.ArrayList<PyObject> matchArgs = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            final int index = i;
            if (fields[i] == null) {
                // an unnamed field (os.stat_result's integer times): part of the tuple, no attribute
                unnamed++;
                continue;
            }
            if (i < visible) {
                matchArgs.add(PyStr.of(fields[i]));
            }
            // read-only members: CPython says "readonly attribute" on assignment and deletion
            t.addGetSet(fields[i], self -> ((Instance) self).all[index], (self, value) -> {
                throw Errors.attributeError("readonly attribute");
            });
        }
        t.dict().setItem("n_sequence_fields", PyInt.of(visible));
        t.dict().setItem("n_fields", PyInt.of(fields.length));
        t.dict().setItem("n_unnamed_fields", PyInt.of(unnamed));
        t.dict().setItem("__match_args__", PyTuple.of(matchArgs.toArray(new PyObject[0])));
        t.dict().setItem("__doc__", PyNone.NONE);
        return t;
    }

    /** An instance from Java values; {@code values.length} must equal the number of fields. */
    public static Instance make(PyType type, PyObject... values) {
        Layout layout = LAYOUTS.get(type);
        return new Instance(type, values.clone(), layout.visible);
    }

    static Layout layoutOf(PyType type) {
        for (PyType t : type.mro) {
            Layout l = LAYOUTS.get(t);
            if (l != null) {
                return l;
            }
        }
        throw Errors.typeError("not a structseq type: " + type.name);
    }

    /** The methods every structseq type gets (installed on each by {@link #newType}). */
    @PyClass(name = "structseq")
    public static final class StructSeqMethods {
        public static final PyType TYPE = PyType.builtin("structseq", PyTuple.TYPE);

        private StructSeqMethods() {}

        /** CPython: structseq_new. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(sequence, dict=None)")
        public static PyObject __new__(PyType cls, PyObject sequence, PyObject dict) {
            Layout layout = layoutOf(cls);
            if (!(sequence instanceof PyTuple || sequence instanceof PyList)
                    && sequence.type().lookup("__iter__") == null) {
                // CPython: PySequence_Fast(arg, "constructor requires a sequence")
                throw Errors.typeError("constructor requires a sequence");
            }
            PyObject[] items = Abstract.toArray(sequence);
            if (dict != PyNone.NONE && !(dict instanceof PyDict)) {
                throw Errors.typeError(cls.fullName() + "() takes a dict as second arg, if any");
            }
            int min = layout.visible;
            int max = layout.fields.length;
            String fullName = cls.fullName();
            if (items.length < min) {
                throw Errors.typeError(fullName + "() takes " + (min == max ? "a " : "an at least ") + min
                        + "-sequence (" + items.length + "-sequence given)");
            }
            if (items.length > max) {
                throw Errors.typeError(fullName + "() takes " + (min == max ? "a " : "an at most ") + max
                        + "-sequence (" + items.length + "-sequence given)");
            }
            PyObject[] all = new PyObject[max];
            for (int i = 0; i < max; i++) {
                if (i < items.length) {
                    all[i] = items[i];
                } else {
                    PyObject v = dict instanceof PyDict d ? d.getItem(layout.fields[i]) : null;
                    all[i] = v == null ? PyNone.NONE : v;
                }
            }
            return new Instance(cls, all, layout.visible);
        }

        /** CPython: structseq_repr, "time.struct_time(tm_year=2024, ...)". */
        @PyMethod
        public static PyObject __repr__(PyTuple self) {
            Layout layout = layoutOf(self.type());
            StringBuilder sb = new StringBuilder(self.type().fullName()).append('(');
            // CPython names the i-th item after the i-th *named* field, so with unnamed fields
            // os.stat_result shows its integer times as st_atime=...
            java.util.ArrayList<String> named = new java.util.ArrayList<>();
            for (String f : layout.fields) {
                if (f != null) {
                    named.add(f);
                }
            }
            for (int i = 0; i < layout.visible && i < named.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(named.get(i)).append('=').append(Abstract.repr(self.items[i]).toString());
            }
            return PyStr.of(sb.append(')').toString());
        }

        /** CPython: structseq_reduce, (type, (visible items, {hidden name: value})). */
        @PyMethod
        public static PyObject __reduce__(PyTuple self) {
            Layout layout = layoutOf(self.type());
            PyDict hidden = new PyDict();
            if (self instanceof Instance inst) {
                for (int i = layout.visible; i < layout.fields.length; i++) {
                    hidden.setItem(layout.fields[i], inst.all[i]);
                }
            }
            return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.items.clone()), hidden));
        }
    }
}
