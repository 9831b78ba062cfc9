package org.matcha.modules.csv;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** _csv.reader objects: a state machine over the characters of each line. CPython: Modules/_csv.c. */
@PyClass(name = "_csv.reader")
public final class CsvReader extends PyIterator {
    public static final PyType TYPE = PyType.builtin("_csv.reader", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    /** The end of a line, fed after its characters. */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final PyObject input;
    private final CsvDialect dialect;
    private long lineNum;
    private State state = State.START_RECORD;
    private PyList fields;
    private final StringBuilder field = new StringBuilder();
    private int fieldLength;
    private boolean numericField;

    CsvReader(PyObject input, CsvDialect dialect) {
        this.input = input;
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

    @PyGetter
    public long line_num() {
        return lineNum;
    }

    @PyMethod
    @Override
    public PyObject __iter__() {
        return this;
    }

    @PyMethod
    @Override
    public PyObject __next__() {
        return super.__next__();
    }

    /** CPython: Reader_iternext. */
    @Override
    public PyObject nextOrNull() {
        fields = new PyList();
        field.setLength(0);
        fieldLength = 0;
        state = State.START_RECORD;
        numericField = false;
        do {
            PyObject line = Abstract.next(input);
            if (line == null) {
                if (fieldLength != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not " + line.type().name
                        + " (the file should be opened in text mode)");
            }
            lineNum++;
            for (int c : s.codePoints()) {
                processChar(c);
            }
            processChar(EOL);
        } while (state != State.START_RECORD);
        PyList out = fields;
        fields = null;
        return out;
    }

    private void saveField() {
        PyObject value = PyStr.of(field.toString());
        field.setLength(0);
        fieldLength = 0;
        if (numericField) {
            numericField = false;
            value = Abstract.call(PyFloat.TYPE, value);
        }
        fields.append(value);
    }

    private void addChar(int c) {
        if (fieldLength >= CsvModule.state().fieldLimit) {
            throw CsvModule.error("field larger than field limit (" + CsvModule.state().fieldLimit + ")");
        }
        field.appendCodePoint(c);
        fieldLength++;
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r';
    }

    /** CPython: parse_process_char. */
    private void processChar(int c) {
        CsvDialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return;
                }
                if (isLineEnd(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (isLineEnd(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvModule.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (isLineEnd(c) || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw CsvModule.error("'" + charText(d.delimiter) + "' expected after '" + charText(d.quotechar) + "'");
                }
                return;
            case EAT_CRNL:
                if (isLineEnd(c)) {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw CsvModule.error("new-line character seen in unquoted field - "
                        + "do you need to open the file in universal-newline mode?");
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private static String charText(int c) {
        return new String(new int[] {c}, 0, 1);
    }

    private void startField(int c) {
        CsvDialect d = dialect;
        if (isLineEnd(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvModule.QUOTE_NONE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == CsvModule.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        CsvDialect d = dialect;
        if (isLineEnd(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
        }
    }
}
