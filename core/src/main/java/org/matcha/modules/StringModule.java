package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/** The _string module behind string.Formatter. CPython: Objects/unicodeobject.c (_string methods). */
@PyModuleDef(name = "_string")
public final class StringModule {
    private StringModule() {}

    private static PyObject strOrNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    /** An iterator of (literal, field_name, format_spec, conversion). CPython: formatter_parser. */
    @PyMethod
    public static PyObject formatter_parser(PyObject formatString) {
        if (!(formatString instanceof PyStr s)) {
            throw Errors.typeError("expected str, got " + formatString.type().name);
        }
        java.util.List<StrFormat.Chunk> chunks = StrFormat.parse(s.codePoints());
        PyObject[] items = new PyObject[chunks.size()];
        for (int i = 0; i < items.length; i++) {
            StrFormat.Chunk c = chunks.get(i);
            PyObject conversion = c.conversion() == 0 ? PyNone.NONE
                    : PyStr.of(new String(new int[] {c.conversion()}, 0, 1));
            items[i] = PyTuple.of(PyStr.of(c.literal()), strOrNone(c.fieldName()), strOrNone(c.spec()), conversion);
        }
        return Abstract.iter(PyList.of(items));
    }

    /** (first, iterator of (is_attribute, key)). CPython: formatter_field_name_split. */
    @PyMethod
    public static PyObject formatter_field_name_split(PyObject fieldName) {
        if (!(fieldName instanceof PyStr s)) {
            throw Errors.typeError("expected str, got " + fieldName.type().name);
        }
        StrFormat.FieldName split = StrFormat.splitFieldName(s.toString());
        String first = split.first();
        PyObject firstObj = !first.isEmpty() && first.chars().allMatch(Character::isDigit)
                ? PyInt.of(new java.math.BigInteger(first)) : PyStr.of(first);
        PyObject[] rest = new PyObject[split.rest().size()];
        for (int i = 0; i < rest.length; i++) {
            StrFormat.Accessor a = split.rest().get(i);
            rest[i] = PyTuple.of(PyBool.of(a.isAttribute()), a.key());
        }
        return PyTuple.of(firstObj, Abstract.iter(PyList.of(rest)));
    }
}
