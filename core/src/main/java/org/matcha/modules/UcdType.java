package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.objects.Unicode;
import org.matcha.objects.UnicodeData;
import org.matcha.objects.UnicodeNames;
import org.matcha.objects.UnicodeNormalizer;
import org.matcha.objects.UnicodeProperties;

/**
 * {@code unicodedata.UCD}: a Unicode database version. The module's functions answer for Unicode
 * 14.0 ({@link #CURRENT}); {@code unicodedata.ucd_3_2_0} (used by stringprep and the idna codec)
 * answers for Unicode 3.2: the code points 3.2 had come from ICU's character ages (the others have
 * the empty record, and no name), the property values that changed since from a generated delta
 * table (codegen's resources/unicode/Unicode32Changes.txt), no aliases or named sequences, and
 * 3.2's normalization (14.0 data less the characters 3.2 lacked, with Corrigendum #4 undone).
 * CPython: Modules/unicodedata.c (unicodedata_UCD_*_impl, get_old_record).
 */
@PyClass(name = "unicodedata.UCD")
public final class UcdType extends PyObject {
    public static final PyType TYPE = PyType.builtin("unicodedata.UCD", PyType.OBJECT);

    static final UcdType CURRENT = new UcdType(false);

    /** Answers for Unicode 3.2 when set. */
    private final boolean unicode32;

    UcdType(boolean unicode32) {
        this.unicode32 = unicode32;
    }

    static {
        TYPE.subclassable = false;
        // a READONLY member in CPython: assigning says "readonly attribute"
        TYPE.addGetSet("unidata_version",
            o -> PyStr.of(((UcdType) o).unicode32 ? "3.2.0" : UnicodeData.UNIDATA_VERSION),
            (o, v) -> {
                throw Errors.attributeError("readonly attribute");
            });
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        throw Errors.typeError("cannot create '" + cls.fullName() + "' instances");
    }

    /** The code point of a one-character str. CPython: the clinic converter of `chr: int(accept={str})`. */
    static int character(PyObject o, String function, boolean numbered) {
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw Errors.typeError(function + "() argument " + (numbered ? "1 " : "")
                + "must be a unicode character, not " + (o == PyNone.NONE ? "None" : o.type().name));
    }

    /** Whether this database has a record for cp (3.2 lacks the characters assigned since). */
    private boolean known(int cp) {
        return !unicode32 || UnicodeProperties.assignedIn32(cp);
    }

    /** The Unicode 3.2 value of a property that changed since (see UnicodeProperties.changed32), or -1. */
    private int changed(int cp, int property) {
        return unicode32 ? UnicodeProperties.changed32(cp, property) : -1;
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public PyObject decimal(PyObject chr, PyObject dflt) {
        int cp = character(chr, "decimal", true);
        int v = known(cp) ? UnicodeProperties.decimal(cp) : -1;
        int old = changed(cp, UnicodeProperties.DECIMAL);
        if (old >= 0) {
            v = old - 1;
        }
        if (v >= 0) {
            return PyInt.of(v);
        }
        if (dflt == null) {
            throw Errors.valueError("not a decimal");
        }
        return dflt;
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public PyObject digit(PyObject chr, PyObject dflt) {
        // CPython's digit() does not look at the database version
        int cp = character(chr, "digit", true);
        int v = UnicodeProperties.digit(cp);
        if (v >= 0) {
            return PyInt.of(v);
        }
        if (dflt == null) {
            throw Errors.valueError("not a digit");
        }
        return dflt;
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public PyObject numeric(PyObject chr, PyObject dflt) {
        int cp = character(chr, "numeric", true);
        double v = known(cp) ? UnicodeProperties.numeric(cp) : Double.NaN;
        if (!Double.isNaN(v)) {
            return PyFloat.of(v);
        }
        if (dflt == null) {
            throw Errors.valueError("not a numeric character");
        }
        return dflt;
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject category(PyObject chr) {
        int cp = character(chr, "category", false);
        int old = changed(cp, UnicodeProperties.CATEGORY);
        if (old >= 0) {
            return PyStr.of(UnicodeData.CATEGORY_NAMES[old]);
        }
        return PyStr.of(known(cp) ? Unicode.categoryName(cp) : "Cn");
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject bidirectional(PyObject chr) {
        int cp = character(chr, "bidirectional", false);
        int old = changed(cp, UnicodeProperties.BIDIRECTIONAL);
        if (old >= 0) {
            return PyStr.of(UnicodeData.BIDI_NAMES[old]);
        }
        return PyStr.of(known(cp) ? UnicodeProperties.bidirectional(cp) : "");
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject combining(PyObject chr) {
        int cp = character(chr, "combining", false);
        return PyInt.of(known(cp) ? UnicodeNormalizer.combiningClass(cp) : 0);
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject mirrored(PyObject chr) {
        int cp = character(chr, "mirrored", false);
        int old = changed(cp, UnicodeProperties.MIRRORED);
        if (old >= 0) {
            return PyInt.of(old);
        }
        return PyInt.of(known(cp) && UnicodeProperties.mirrored(cp) ? 1 : 0);
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject east_asian_width(PyObject chr) {
        int cp = character(chr, "east_asian_width", false);
        int old = changed(cp, UnicodeProperties.EAST_ASIAN_WIDTH);
        if (old >= 0) {
            return PyStr.of(UnicodeData.EAST_ASIAN_WIDTH_NAMES[old]);
        }
        return PyStr.of(known(cp) ? UnicodeProperties.eastAsianWidth(cp) : "F");
    }

    @PyMethod(sig = "(chr, /)")
    public PyObject decomposition(PyObject chr) {
        int cp = character(chr, "decomposition", false);
        return PyStr.of(known(cp) ? UnicodeProperties.decomposition(cp) : "");
    }

    private static String normalizeArgs(PyObject form, PyObject unistr, String function) {
        if (!(form instanceof PyStr)) {
            throw Errors.typeError(function + "() argument 1 must be str, not " + form.type().name);
        }
        if (!(unistr instanceof PyStr)) {
            throw Errors.typeError(function + "() argument 2 must be str, not " + unistr.type().name);
        }
        String f = ((PyStr) form).value;
        if (!f.equals("NFC") && !f.equals("NFD") && !f.equals("NFKC") && !f.equals("NFKD")) {
            throw Errors.valueError("invalid normalization form");
        }
        return f;
    }

    @PyMethod(sig = "(form, unistr, /)")
    public PyObject is_normalized(PyObject form, PyObject unistr) {
        String f = normalizeArgs(form, unistr, "is_normalized");
        String s = ((PyStr) unistr).value;
        return PyBool.of(UnicodeNormalizer.normalize(f, s, unicode32).equals(s));
    }

    @PyMethod(sig = "(form, unistr, /)")
    public PyObject normalize(PyObject form, PyObject unistr) {
        String f = normalizeArgs(form, unistr, "normalize");
        PyStr input = (PyStr) unistr;
        String result = UnicodeNormalizer.normalize(f, input.value, unicode32);
        // an unchanged str (even of a subclass) is returned as it is, as after CPython's quick check;
        // ucd_3_2_0 has no quick check and returns a new str unless the input is empty
        boolean same = result.equals(input.value) && (!unicode32 || result.isEmpty());
        return same ? input : PyStr.of(result);
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public PyObject name(PyObject chr, PyObject dflt) {
        int cp = character(chr, "name", true);
        String n = known(cp) ? UnicodeNames.name(cp) : null;
        if (n != null) {
            return PyStr.of(n);
        }
        if (dflt == null) {
            throw Errors.valueError("no such name");
        }
        return dflt;
    }

    @PyMethod(sig = "(name, /)")
    public PyObject lookup(PyObject name) {
        String text;
        if (name instanceof PyStr s) {
            text = s.value;
        } else if (name instanceof PyBytes b) {
            text = b.latin1();
        } else if (name instanceof PyByteArray b) {
            text = new PyBytes(java.util.Arrays.copyOf(b.bytes, b.size)).latin1();
        } else {
            throw Errors.typeError("a bytes-like object is required, not '" + name.type().name + "'");
        }
        // CPython: NAME_MAXLEN
        if (text.length() > 256) {
            throw Errors.keyError(PyStr.of("name too long"));
        }
        int cp = UnicodeNames.lookup(text, !unicode32);
        // CPython checks the version only for names from its name table, not for the computed ones
        boolean computed = text.startsWith("HANGUL SYLLABLE ") || text.startsWith("CJK UNIFIED IDEOGRAPH-");
        if (cp >= 0 && (computed || known(cp))) {
            return PyStr.ofCodePoints(new int[] {cp}, 0, 1);
        }
        if (!unicode32) {
            String seq = UnicodeProperties.namedSequence(asciiUpper(text));
            if (seq != null) {
                return PyStr.of(seq);
            }
        }
        throw Errors.keyError(PyStr.of("undefined character name '" + text + "'"));
    }

    private static String asciiUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }
}
