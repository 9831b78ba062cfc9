package org.matcha.modules.csv;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/** The _csv module behind Lib/csv.py. CPython: Modules/_csv.c. */
@PyModuleDef(name = "_csv")
public final class CsvModule {
    private CsvModule() {}

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    /** _csv.Error. */
    public static final PyType ERROR = ExceptionTypes.newModuleException("_csv.Error", ExceptionTypes.Exception);

    public static void init(PyModule m) {
        m.add("__version__", PyStr.of("1.0"));
        m.add("QUOTE_MINIMAL", PyInt.of(QUOTE_MINIMAL));
        m.add("QUOTE_ALL", PyInt.of(QUOTE_ALL));
        m.add("QUOTE_NONNUMERIC", PyInt.of(QUOTE_NONNUMERIC));
        m.add("QUOTE_NONE", PyInt.of(QUOTE_NONE));
        m.add("Error", ERROR);
        m.add("Dialect", CsvDialect.TYPE);
        m.add("Reader", CsvReader.TYPE);
        m.add("Writer", CsvWriter.TYPE);
    }

    static PyException error(String message) {
        return new PyException(PyBaseException.create(ERROR, PyStr.of(message)));
    }

    /** The registered dialects and the field size limit of one interpreter. */
    static final class State {
        final PyDict dialects = new PyDict();
        long fieldLimit = 128 * 1024;
    }

    static State state() {
        return Interpreter.current().moduleState("_csv", State::new);
    }

    /** A dialect from a name, a dialect-like object and keyword overrides. CPython: _call_dialect. */
    static CsvDialect dialectOf(PyObject dialect, PyDict kwargs) {
        PyObject[] args = dialect == null ? new PyObject[0] : new PyObject[] {dialect};
        return (CsvDialect) CsvDialect.__new__(CsvDialect.TYPE, args, kwargs);
    }

    @PyMethod(sig = "(csvfile, dialect=NULL, /, **fmtparams)")
    public static PyObject reader(PyObject csvfile, PyObject dialect, PyDict fmtparams) {
        PyObject iterator = Abstract.iter(csvfile);
        return new CsvReader(iterator, dialectOf(dialect, fmtparams));
    }

    @PyMethod(sig = "(fileobj, dialect=NULL, /, **fmtparams)")
    public static PyObject writer(PyObject fileobj, PyObject dialect, PyDict fmtparams) {
        PyObject write = Abstract.lookupAttrOrNull(fileobj, "write");
        if (write == null || !Abstract.isCallable(write)) {
            throw Errors.typeError("argument 1 must have a \"write\" method");
        }
        return new CsvWriter(write, dialectOf(dialect, fmtparams));
    }

    @PyMethod(sig = "(name, dialect=NULL, /, **fmtparams)")
    public static void register_dialect(PyObject name, PyObject dialect, PyDict fmtparams) {
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("dialect name must be a string");
        }
        state().dialects.setItem(name, dialectOf(dialect, fmtparams));
    }

    @PyMethod(sig = "(name)")
    public static void unregister_dialect(PyObject name) {
        if (state().dialects.removeItem(name) == null) {
            throw error("unknown dialect");
        }
    }

    @PyMethod(sig = "(name)")
    public static PyObject get_dialect(PyObject name) {
        PyObject d = state().dialects.getItem(name);
        if (d == null) {
            throw error("unknown dialect");
        }
        return d;
    }

    @PyMethod
    public static PyObject list_dialects() {
        return PyList.of(Abstract.toArray(state().dialects));
    }

    /** CPython: _csv_field_size_limit_impl. */
    @PyMethod(sig = "(new_limit=NULL)")
    public static long field_size_limit(PyObject newLimit) {
        State st = state();
        long old = st.fieldLimit;
        if (newLimit != null) {
            if (!(newLimit instanceof PyInt i)) {
                throw Errors.typeError("limit must be an integer");
            }
            st.fieldLimit = i.longValue();
        }
        return old;
    }
}
