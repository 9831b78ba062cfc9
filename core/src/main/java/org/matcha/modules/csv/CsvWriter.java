package org.matcha.modules.csv;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** _csv.writer objects. CPython: Modules/_csv.c (csv_writerow, join_append_data). */
@PyClass(name = "_csv.writer")
public final class CsvWriter extends PyObject {
    public static final PyType TYPE = PyType.builtin("_csv.writer", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private final PyObject write;
    private final CsvDialect dialect;

    CsvWriter(PyObject write, CsvDialect dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter
    public PyObject dialect() {
        return dialect;
    }

    /** CPython: csv_writerow. */
    @PyMethod
    public PyObject writerow(PyObject row) {
        PyObject it;
        try {
            it = Abstract.iter(row);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw CsvModule.error("iterable expected, not " + row.type().name);
            }
            throw e;
        }
        StringBuilder record = new StringBuilder();
        int fields = 0;
        PyObject value;
        while ((value = Abstract.next(it)) != null) {
            boolean quoted = switch (dialect.quoting) {
                case CsvModule.QUOTE_NONNUMERIC -> !isNumber(value);
                case CsvModule.QUOTE_ALL -> true;
                default -> false;
            };
            String text = value instanceof PyStr s ? s.toString()
                    : value == PyNone.NONE ? null : Abstract.str(value).toString();
            appendField(record, fields++, text, quoted);
        }
        if (fields > 0 && record.length() == 0) {
            if (dialect.quoting == CsvModule.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            appendField(record, 0, null, true);
        }
        record.append(dialect.lineterminator);
        return Abstract.call(write, PyStr.of(record.toString()));
    }

    @PyMethod
    public void writerows(PyObject rows) {
        PyObject it = Abstract.iter(rows);
        PyObject row;
        while ((row = Abstract.next(it)) != null) {
            writerow(row);
        }
    }

    /** PyNumber_Check: has __index__, __int__, __float__ or is complex. */
    private static boolean isNumber(PyObject v) {
        PyType t = v.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                || v instanceof PyComplex;
    }

    /** CPython: join_append (counting phase, then copying phase, in one pass here). */
    private void appendField(StringBuilder record, int index, String text, boolean quoted) {
        CsvDialect d = dialect;
        StringBuilder out = new StringBuilder();
        if (text != null) {
            int[] cps = text.codePoints().toArray();
            for (int c : cps) {
                boolean wantEscape = false;
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                    if (d.quoting == CsvModule.QUOTE_NONE) {
                        wantEscape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                out.appendCodePoint(d.quotechar);
                            } else {
                                wantEscape = true;
                            }
                        } else if (c == d.escapechar) {
                            wantEscape = true;
                        }
                        if (!wantEscape) {
                            quoted = true;
                        }
                    }
                    if (wantEscape) {
                        if (d.escapechar == CsvDialect.NOT_SET) {
                            throw CsvModule.error("need to escape, but no escapechar set");
                        }
                        out.appendCodePoint(d.escapechar);
                    }
                }
                out.appendCodePoint(c);
            }
        }
        if (index > 0) {
            record.appendCodePoint(d.delimiter);
        }
        if (quoted) {
            record.appendCodePoint(d.quotechar).append(out).appendCodePoint(d.quotechar);
        } else {
            record.append(out);
        }
    }
}
