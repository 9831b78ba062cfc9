package org.matcha.codecs;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/**
 * The reverse of a 256-character decoding table, built by charmap_build for the charmap encoder.
 * CPython keeps it as a three-level table; size() reports that table's size in bytes.
 * CPython: Objects/unicodeobject.c (PyUnicode_BuildEncodingMap, encoding_map_lookup).
 */
@PyClass(name = "EncodingMap")
public final class EncodingMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("EncodingMap", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    /** CPython's sizeof(struct encoding_map): the base that size() adds the level blocks to. */
    private static final int STRUCT_SIZE = 63;

    private final java.util.HashMap<Integer, Integer> byteOf;
    private final int count2;
    private final int count3;

    private EncodingMap(java.util.HashMap<Integer, Integer> byteOf, int count2, int count3) {
        this.byteOf = byteOf;
        this.count2 = count2;
        this.count3 = count3;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * An EncodingMap when the table fits the three-level form (first character NUL, all in the
     * BMP, few enough blocks), otherwise a dict {code point: index}. CPython: PyUnicode_BuildEncodingMap.
     */
    static PyObject build(PyStr table) {
        int n = table.length();
        boolean needDict = n == 0 || table.codePointAt(0) != 0;
        boolean[] level1 = new boolean[32];
        boolean[] level2 = new boolean[512];
        int count2 = 0;
        int count3 = 0;
        java.util.HashMap<Integer, Integer> map = new java.util.HashMap<>();
        for (int i = 1; i < n && !needDict; i++) {
            int ch = table.codePointAt(i);
            if (ch == 0 || ch > 0xFFFF) {
                needDict = true;
                break;
            }
            if (ch == 0xFFFE) {
                continue;
            }
            if (!level1[ch >> 11]) {
                level1[ch >> 11] = true;
                count2++;
            }
            if (!level2[ch >> 7]) {
                level2[ch >> 7] = true;
                count3++;
            }
            map.put(ch, i & 0xff);
        }
        if (count2 >= 0xFF || count3 >= 0xFF) {
            needDict = true;
        }
        if (needDict) {
            PyDict d = new PyDict();
            for (int i = 0; i < n; i++) {
                d.setItem(PyInt.of(table.codePointAt(i)), PyInt.of(i));
            }
            return d;
        }
        return new EncodingMap(map, count2, count3);
    }

    /** The byte for a character, or -1 when unmapped. CPython: encoding_map_lookup. */
    int lookup(int c) {
        if (c == 0) {
            return 0;
        }
        Integer b = byteOf.get(c);
        return b == null || b == 0 ? -1 : b;
    }

    @PyMethod
    public PyObject size() {
        return PyInt.of(STRUCT_SIZE + 16 * count2 + 128 * count3);
    }
}
