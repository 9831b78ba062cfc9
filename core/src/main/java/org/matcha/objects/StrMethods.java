package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** The methods of str beyond the core protocol. CPython: Objects/unicodeobject.c. */
@PyClass(name = "str")
public final class StrMethods {
    public static final PyType TYPE = PyStr.TYPE;

    private StrMethods() {}

    /** Index of needle in hay[start, end), by code points; -1 when absent. */
    static int find(PyStr hay, PyStr needle, int start, int end) {
        if (hay.cps == null && needle.cps == null) {
            if (needle.value.isEmpty()) {
                return start <= end && start <= hay.length() ? start : -1;
            }
            int i = hay.value.indexOf(needle.value, start);
            return i >= 0 && i + needle.value.length() <= end ? i : -1;
        }
        int[] h = hay.codePoints();
        int[] n = needle.codePoints();
        outer:
        for (int i = start; i + n.length <= end; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(PyStr hay, PyStr needle, int start, int end) {
        int[] h = hay.codePoints();
        int[] n = needle.codePoints();
        outer:
        for (int i = end - n.length; i >= start; i--) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Slice-style start/end arguments (None allowed), clamped to [0, len]. */
    static int[] range(PyObject start, PyObject end, int len) {
        long s = start == null || start == PyNone.NONE ? 0 : Abstract.sliceIndex(start).longValueClamped();
        long e = end == null || end == PyNone.NONE ? len : Abstract.sliceIndex(end).longValueClamped();
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        if (e < 0) {
            e = Math.max(0, e + len);
        }
        return new int[] {(int) Math.min(s, len + 1L), (int) Math.min(e, len)};
    }

    private static PyStr arg(PyObject o, String method) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("must be str, not " + o.type().name);
    }

    @PyMethod(doc = "Concatenate any number of strings.\n"
            + "\n"
            + "The string whose method is called is inserted in between each given string.\n"
            + "The result is returned as a new string.\n"
            + "\n"
            + "Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'")
    public static PyObject join(PyStr self, PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        if (items.length == 1 && items[0] instanceof PyStr only && only.type() == PyStr.TYPE) {
            return only; // CPython: _PyUnicode_JoinArray returns a lone exact str itself
        }
        StringBuilder b = new StringBuilder();
        boolean surrogates = self.cps != null;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            if (i > 0) {
                b.append(self.value);
            }
            b.append(s.value);
            surrogates |= s.cps != null;
        }
        if (!surrogates) {
            return PyStr.of(b.toString());
        }
        // code point by code point (lone surrogates stay apart), in one pass: linear in the result
        int total = items.length > 0 ? (items.length - 1) * self.length() : 0;
        for (PyObject item : items) {
            total += ((PyStr) item).length();
        }
        int[] cps = new int[total];
        int at = 0;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                at = copyCodePoints(self, cps, at);
            }
            at = copyCodePoints((PyStr) items[i], cps, at);
        }
        return PyStr.ofCodePoints(cps, 0, total);
    }

    private static int copyCodePoints(PyStr s, int[] into, int at) {
        int n = s.length();
        for (int k = 0; k < n; k++) {
            into[at++] = s.codePointAt(k);
        }
        return at;
    }

    /** The part of str.split's and str.rsplit's docstrings that the two share. */
    private static final String SPLIT_DOC_HEAD =
            "Return a list of the substrings in the string, using sep as the separator string.\n"
            + "\n"
            + "  sep\n"
            + "    The separator used to split the string.\n"
            + "\n"
            + "    When set to None (the default value), will split on any whitespace\n"
            + "    character (including \\n \\r \\t \\f and spaces) and will discard\n"
            + "    empty strings from the result.\n"
            + "  maxsplit\n"
            + "    Maximum number of splits (starting from the left).\n"
            + "    -1 (the default value) means no limit.\n"
            + "\n";

    @PyMethod(sig = "(sep=None, maxsplit=-1)",
            doc = SPLIT_DOC_HEAD
            + "Note, str.split() is mainly useful for data that has been intentionally\n"
            + "delimited.  With natural text that includes punctuation, consider using\n"
            + "the regular expression module.")
    public static PyObject split(PyStr self, PyObject sep, long maxsplit) {
        PyList out = new PyList();
        int len = self.length();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep == PyNone.NONE) {
            int i = 0;
            while (true) {
                while (i < len && PyStr.isWhitespace(self.codePointAt(i))) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    // CPython: the rest is kept whole, trailing whitespace included
                    out.append(self.substring(i, len));
                    break;
                }
                int j = i;
                while (j < len && !PyStr.isWhitespace(self.codePointAt(j))) {
                    j++;
                }
                out.append(self.substring(i, j));
                i = j;
            }
            return out;
        }
        PyStr s = arg(sep, "split");
        if (s.length() == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = find(self, s, i, len);
            if (j < 0) {
                break;
            }
            out.append(self.substring(i, j));
            i = j + s.length();
        }
        out.append(self.substring(i, len));
        return out;
    }

    @PyMethod(sig = "(sep=None, maxsplit=-1)",
            doc = SPLIT_DOC_HEAD
            + "Splitting starts at the end of the string and works to the front.")
    public static PyObject rsplit(PyStr self, PyObject sep, long maxsplit) {
        if (maxsplit < 0) {
            if (sep == PyNone.NONE) {
                return split(self, sep, maxsplit);
            }
            // overlapping separators ('abbbc'.rsplit('bb')) split differently from the right
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        int end = self.length();
        if (sep == PyNone.NONE) {
            while (true) {
                while (end > 0 && PyStr.isWhitespace(self.codePointAt(end - 1))) {
                    end--;
                }
                if (end <= 0) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    out.append(self.substring(0, end));
                    break;
                }
                int j = end;
                while (j > 0 && !PyStr.isWhitespace(self.codePointAt(j - 1))) {
                    j--;
                }
                out.append(self.substring(j, end));
                end = j;
            }
        } else {
            PyStr s = arg(sep, "rsplit");
            if (s.length() == 0) {
                throw Errors.valueError("empty separator");
            }
            while (maxsplit-- > 0) {
                int j = rfind(self, s, 0, end);
                if (j < 0) {
                    break;
                }
                out.append(self.substring(j + s.length(), end));
                end = j;
            }
            out.append(self.substring(0, end));
        }
        out.reverse();
        return out;
    }

    @PyMethod(sig = "(keepends=False)",
            doc = "Return a list of the lines in the string, breaking at line boundaries.\n"
            + "\n"
            + "Line breaks are not included in the resulting list unless keepends is given and\n"
            + "true.")
    public static PyObject splitlines(PyStr self, boolean keepends) {
        PyList out = new PyList();
        int len = self.length();
        int i = 0;
        while (i < len) {
            int j = i;
            while (j < len && !isLineBreak(self.codePointAt(j))) {
                j++;
            }
            int eol = j;
            if (j < len) {
                if (self.codePointAt(j) == '\r' && j + 1 < len && self.codePointAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.append(self.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyStr strip(PyStr self, PyObject chars, boolean left, boolean right) {
        int len = self.length();
        int i = 0;
        int j = len;
        int[] set = chars == PyNone.NONE ? null : arg(chars, "strip").codePoints();
        while (left && i < j && stripped(self.codePointAt(i), set)) {
            i++;
        }
        while (right && j > i && stripped(self.codePointAt(j - 1), set)) {
            j--;
        }
        return self.substring(i, j);
    }

    private static boolean stripped(int c, int[] set) {
        if (set == null) {
            return PyStr.isWhitespace(c);
        }
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(sig = "(chars=None, /)",
            doc = "Return a copy of the string with leading and trailing whitespace removed.\n"
            + "\n"
            + "If chars is given and not None, remove characters in chars instead.")
    public static PyObject strip(PyStr self, PyObject chars) {
        return strip(self, chars, true, true);
    }

    @PyMethod(sig = "(chars=None, /)", doc = "Return a copy of the string with leading whitespace removed.\n"
            + "\n"
            + "If chars is given and not None, remove characters in chars instead.")
    public static PyObject lstrip(PyStr self, PyObject chars) {
        return strip(self, chars, true, false);
    }

    @PyMethod(sig = "(chars=None, /)", doc = "Return a copy of the string with trailing whitespace removed.\n"
            + "\n"
            + "If chars is given and not None, remove characters in chars instead.")
    public static PyObject rstrip(PyStr self, PyObject chars) {
        return strip(self, chars, false, true);
    }

    @PyMethod(sig = "(old, new, count=-1, /)",
            doc = "Return a copy with all occurrences of substring old replaced by new.\n"
            + "\n"
            + "  count\n"
            + "    Maximum number of occurrences to replace.\n"
            + "    -1 (the default value) means replace all occurrences.\n"
            + "\n"
            + "If the optional argument count is given, only the first count occurrences are\n"
            + "replaced.")
    public static PyObject replace(PyStr self, PyObject oldObj, PyObject newObj, long count) {
        PyStr old = arg(oldObj, "replace");
        PyStr rep = arg(newObj, "replace");
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        int len = self.length();
        PyStr out = PyStr.EMPTY;
        StringBuilder fast = self.cps == null && old.cps == null && rep.cps == null ? new StringBuilder() : null;
        if (old.length() == 0) {
            int n = 0;
            for (int i = 0; i <= len; i++) {
                if (n < count) {
                    if (fast != null) {
                        fast.append(rep.value);
                    } else {
                        out = PyStr.concat(out, rep);
                    }
                    n++;
                }
                if (i < len) {
                    if (fast != null) {
                        fast.append(self.value.charAt(i));
                    } else {
                        out = PyStr.concat(out, self.substring(i, i + 1));
                    }
                }
            }
            return fast != null ? PyStr.of(fast.toString()) : out;
        }
        int i = 0;
        while (count-- > 0) {
            int j = find(self, old, i, len);
            if (j < 0) {
                break;
            }
            if (fast != null) {
                fast.append(self.value, i, j).append(rep.value);
            } else {
                out = PyStr.concat(PyStr.concat(out, self.substring(i, j)), rep);
            }
            i = j + old.length();
        }
        if (fast != null) {
            fast.append(self.value, i, len);
            return PyStr.of(fast.toString());
        }
        return PyStr.concat(out, self.substring(i, len));
    }

    private static boolean matchAt(PyStr self, PyObject prefix, PyObject start, PyObject end, boolean atEnd,
            String method) {
        int[] r = range(start, end, self.length());
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items) {
                if (matchAt(self, p, start, end, atEnd, method)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr p)) {
            throw Errors.typeError(method + " first arg must be str or a tuple of str, not " + prefix.type().name);
        }
        if (r[0] > self.length() || r[1] - r[0] < p.length()) {
            return p.length() == 0 && r[0] <= r[1] && r[0] <= self.length();
        }
        int at = atEnd ? r[1] - p.length() : r[0];
        for (int i = 0; i < p.length(); i++) {
            if (self.codePointAt(at + i) != p.codePointAt(i)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(sig = "(prefix, start=None, end=None, /)", doc = "S.startswith(prefix[, start[, end]]) -> bool\n"
            + "\n"
            + "Return True if S starts with the specified prefix, False otherwise.\n"
            + "With optional start, test S beginning at that position.\n"
            + "With optional end, stop comparing S at that position.\n"
            + "prefix can also be a tuple of strings to try.")
    public static boolean startswith(PyStr self, PyObject prefix, PyObject start, PyObject end) {
        return matchAt(self, prefix, start, end, false, "startswith");
    }

    @PyMethod(sig = "(suffix, start=None, end=None, /)", doc = "S.endswith(suffix[, start[, end]]) -> bool\n"
            + "\n"
            + "Return True if S ends with the specified suffix, False otherwise.\n"
            + "With optional start, test S beginning at that position.\n"
            + "With optional end, stop comparing S at that position.\n"
            + "suffix can also be a tuple of strings to try.")
    public static boolean endswith(PyStr self, PyObject suffix, PyObject start, PyObject end) {
        return matchAt(self, suffix, start, end, true, "endswith");
    }

    @PyMethod(sig = "(sub, start=None, end=None, /)", doc = "S.find(sub[, start[, end]]) -> int\n"
            + "\n"
            + "Return the lowest index in S where substring sub is found,\n"
            + "such that sub is contained within S[start:end].  Optional\n"
            + "arguments start and end are interpreted as in slice notation.\n"
            + "\n"
            + "Return -1 on failure.")
    public static long find(PyStr self, PyObject sub, PyObject start, PyObject end) {
        int[] r = range(start, end, self.length());
        return r[0] > r[1] ? -1 : find(self, arg(sub, "find"), r[0], r[1]);
    }

    @PyMethod(sig = "(sub, start=None, end=None, /)", doc = "S.rfind(sub[, start[, end]]) -> int\n"
            + "\n"
            + "Return the highest index in S where substring sub is found,\n"
            + "such that sub is contained within S[start:end].  Optional\n"
            + "arguments start and end are interpreted as in slice notation.\n"
            + "\n"
            + "Return -1 on failure.")
    public static long rfind(PyStr self, PyObject sub, PyObject start, PyObject end) {
        int[] r = range(start, end, self.length());
        return r[0] > r[1] ? -1 : rfind(self, arg(sub, "rfind"), r[0], r[1]);
    }

    @PyMethod(sig = "(sub, start=None, end=None, /)", doc = "S.index(sub[, start[, end]]) -> int\n"
            + "\n"
            + "Return the lowest index in S where substring sub is found,\n"
            + "such that sub is contained within S[start:end].  Optional\n"
            + "arguments start and end are interpreted as in slice notation.\n"
            + "\n"
            + "Raises ValueError when the substring is not found.")
    public static long index(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long i = find(self, sub, start, end);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(sig = "(sub, start=None, end=None, /)", doc = "S.rindex(sub[, start[, end]]) -> int\n"
            + "\n"
            + "Return the highest index in S where substring sub is found,\n"
            + "such that sub is contained within S[start:end].  Optional\n"
            + "arguments start and end are interpreted as in slice notation.\n"
            + "\n"
            + "Raises ValueError when the substring is not found.")
    public static long rindex(PyStr self, PyObject sub, PyObject start, PyObject end) {
        long i = rfind(self, sub, start, end);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(sig = "(sub, start=None, end=None, /)", doc = "S.count(sub[, start[, end]]) -> int\n"
            + "\n"
            + "Return the number of non-overlapping occurrences of substring sub in\n"
            + "string S[start:end].  Optional arguments start and end are\n"
            + "interpreted as in slice notation.")
    public static long count(PyStr self, PyObject sub, PyObject start, PyObject end) {
        PyStr s = arg(sub, "count");
        int[] r = range(start, end, self.length());
        if (r[0] > r[1]) {
            return 0;
        }
        if (s.length() == 0) {
            return r[1] - r[0] + 1;
        }
        long n = 0;
        int i = r[0];
        while (true) {
            int j = find(self, s, i, r[1]);
            if (j < 0) {
                return n;
            }
            n++;
            i = j + s.length();
        }
    }

    @PyMethod(doc = "Return a copy of the string converted to uppercase.")
    public static PyObject upper(PyStr self) {
        if (self.isAsciiOnly()) {
            return PyStr.of(self.value.toUpperCase(java.util.Locale.ROOT));
        }
        StringBuilder b = new StringBuilder(self.length());
        for (int c : self.codePoints()) {
            UnicodeCase.appendUpper(b, c);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Return a copy of the string converted to lowercase.")
    public static PyObject lower(PyStr self) {
        if (self.isAsciiOnly()) {
            return PyStr.of(self.value.toLowerCase(java.util.Locale.ROOT));
        }
        int[] cps = self.codePoints();
        StringBuilder b = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            UnicodeCase.appendLowerAt(b, cps, i);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Return True if the string is a digit string, False otherwise.\n"
            + "\n"
            + "A string is a digit string if all characters in the string are digits and there\n"
            + "is at least one character in the string.")
    public static boolean isdigit(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            // CPython: Py_UNICODE_ISDIGIT, a digit value in UnicodeData.txt
            if (UnicodeProperties.digit(c) < 0) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is an alphabetic string, False otherwise.\n"
            + "\n"
            + "A string is alphabetic if all characters in the string are alphabetic and there\n"
            + "is at least one character in the string.")
    public static boolean isalpha(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            String cat = Unicode.categoryName(c);
            if (!(cat.equals("Lu") || cat.equals("Ll") || cat.equals("Lt") || cat.equals("Lm") || cat.equals("Lo"))) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is a whitespace string, False otherwise.\n"
            + "\n"
            + "A string is whitespace if all characters in the string are whitespace and there\n"
            + "is at least one character in the string.")
    public static boolean isspace(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            if (!PyStr.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject justify(PyStr self, long width, PyObject fillchar, int mode) {
        int fill = ' ';
        if (fillchar != null) {
            PyStr f = arg(fillchar, "justify");
            if (f.length() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        int len = self.length();
        if (width <= len) {
            return PyStr.ofType(PyStr.TYPE, self);
        }
        int pad = (int) (width - len);
        int left = mode == 0 ? 0 : mode == 1 ? pad : pad / 2 + (pad & (int) width & 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < left; i++) {
            b.appendCodePoint(fill);
        }
        b.append(self.value);
        for (int i = 0; i < pad - left; i++) {
            b.appendCodePoint(fill);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)", doc = "Return a left-justified string of length width.\n"
            + "\n"
            + "Padding is done using the specified fill character (default is a space).")
    public static PyObject ljust(PyStr self, long width, PyObject fillchar) {
        return justify(self, width, fillchar, 0);
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)", doc = "Return a right-justified string of length width.\n"
            + "\n"
            + "Padding is done using the specified fill character (default is a space).")
    public static PyObject rjust(PyStr self, long width, PyObject fillchar) {
        return justify(self, width, fillchar, 1);
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)", doc = "Return a centered string of length width.\n"
            + "\n"
            + "Padding is done using the specified fill character (default is a space).")
    public static PyObject center(PyStr self, long width, PyObject fillchar) {
        return justify(self, width, fillchar, 2);
    }

    @PyMethod(doc = "Pad a numeric string with zeros on the left, to fill a field of the given width.\n"
            + "\n"
            + "The string is never truncated.")
    public static PyObject zfill(PyStr self, long width) {
        int len = self.length();
        if (width <= len) {
            return PyStr.ofType(PyStr.TYPE, self);
        }
        String s = self.value;
        String sign = "";
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sign = s.substring(0, 1);
            s = s.substring(1);
        }
        return PyStr.of(sign + "0".repeat((int) (width - len)) + s);
    }

    @PyMethod(doc = "Partition the string into three parts using the given separator.\n"
            + "\n"
            + "This will search for the separator in the string.  If the separator is found,\n"
            + "returns a 3-tuple containing the part before the separator, the separator\n"
            + "itself, and the part after it.\n"
            + "\n"
            + "If the separator is not found, returns a 3-tuple containing the original string\n"
            + "and two empty strings.")
    public static PyObject partition(PyStr self, PyObject sep) {
        PyStr s = arg(sep, "partition");
        if (s.length() == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = find(self, s, 0, self.length());
        if (i < 0) {
            return PyTuple.of(PyStr.ofType(PyStr.TYPE, self), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(self.substring(0, i), s, self.substring(i + s.length(), self.length()));
    }

    @PyMethod(doc = "Partition the string into three parts using the given separator.\n"
            + "\n"
            + "This will search for the separator in the string, starting at the end. If\n"
            + "the separator is found, returns a 3-tuple containing the part before the\n"
            + "separator, the separator itself, and the part after it.\n"
            + "\n"
            + "If the separator is not found, returns a 3-tuple containing two empty strings\n"
            + "and the original string.")
    public static PyObject rpartition(PyStr self, PyObject sep) {
        PyStr s = arg(sep, "rpartition");
        if (s.length() == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = rfind(self, s, 0, self.length());
        if (i < 0) {
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.ofType(PyStr.TYPE, self));
        }
        return PyTuple.of(self.substring(0, i), s, self.substring(i + s.length(), self.length()));
    }

    @PyMethod(sig = "(encoding='utf-8', errors='strict')",
            doc = "Encode the string using the codec registered for encoding.\n"
            + "\n"
            + "  encoding\n"
            + "    The encoding in which to encode the string.\n"
            + "  errors\n"
            + "    The error handling scheme to use for encoding errors.\n"
            + "    The default is 'strict' meaning that encoding errors raise a\n"
            + "    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n"
            + "    'xmlcharrefreplace' as well as any other name registered with\n"
            + "    codecs.register_error that can handle UnicodeEncodeErrors.")
    public static PyObject encode(PyStr self, String encoding, String errors) {
        return new PyBytes(Codecs.encode(self, encoding, errors));
    }

    @PyMethod(sig = "(*args, **kwargs)", doc = "S.format(*args, **kwargs) -> str\n"
            + "\n"
            + "Return a formatted version of S, using substitutions from args and kwargs.\n"
            + "The substitutions are identified by braces ('{' and '}').")
    public static PyObject format(PyStr self, PyObject[] args, PyDict kwargs) {
        return PyStr.of(StrFormat.format(self, args, kwargs == null ? new PyDict() : kwargs));
    }

    @PyMethod(doc = "S.format_map(mapping) -> str\n"
            + "\n"
            + "Return a formatted version of S, using substitutions from mapping.\n"
            + "The substitutions are identified by braces ('{' and '}').")
    public static PyObject format_map(PyStr self, PyObject mapping) {
        return PyStr.of(StrFormat.format(self, null, mapping));
    }

    @PyMethod(doc = "Return True if all characters in the string are ASCII, False otherwise.\n"
            + "\n"
            + "ASCII characters have code points in the range U+0000-U+007F.\n"
            + "Empty string is ASCII too.")
    public static boolean isascii(PyStr self) {
        return self.isAsciiOnly();
    }

    @PyMethod(doc = "Return a str with the given prefix string removed if present.\n"
            + "\n"
            + "If the string starts with the prefix string, return string[len(prefix):].\n"
            + "Otherwise, return a copy of the original string.")
    public static PyObject removeprefix(PyStr self, PyObject prefix) {
        PyStr p = arg(prefix, "removeprefix");
        if (startswith(self, p, null, null)) {
            return self.substring(p.length(), self.length());
        }
        return PyStr.ofType(PyStr.TYPE, self);
    }

    @PyMethod(doc = "Return a str with the given suffix string removed if present.\n"
            + "\n"
            + "If the string ends with the suffix string and that suffix is not empty,\n"
            + "return string[:-len(suffix)]. Otherwise, return a copy of the original\n"
            + "string.")
    public static PyObject removesuffix(PyStr self, PyObject suffix) {
        PyStr p = arg(suffix, "removesuffix");
        if (p.length() > 0 && endswith(self, p, null, null)) {
            return self.substring(0, self.length() - p.length());
        }
        return PyStr.ofType(PyStr.TYPE, self);
    }

    private static String cat(int c) {
        return Unicode.categoryName(c);
    }

    // Case mappings. CPython: Objects/unicodeobject.c do_upper, do_lower, do_title,
    // do_capitalize, do_swapcase, do_casefold (full mappings, final sigma in lowering).

    @PyMethod(doc = "Return a version of the string where each word is titlecased.\n"
            + "\n"
            + "More specifically, words start with uppercased characters and all remaining\n"
            + "cased characters have lower case.")
    public static PyObject title(PyStr self) {
        int[] cps = self.codePoints();
        StringBuilder b = new StringBuilder(cps.length);
        boolean prevCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (prevCased) {
                UnicodeCase.appendLowerAt(b, cps, i);
            } else {
                UnicodeCase.appendTitle(b, c);
            }
            prevCased = UnicodeCase.isCased(c);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Return a capitalized version of the string.\n"
            + "\n"
            + "More specifically, make the first character have upper case and the rest lower\n"
            + "case.")
    public static PyObject capitalize(PyStr self) {
        int[] cps = self.codePoints();
        StringBuilder b = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                UnicodeCase.appendTitle(b, cps[i]);
            } else {
                UnicodeCase.appendLowerAt(b, cps, i);
            }
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Convert uppercase characters to lowercase and lowercase characters to uppercase.")
    public static PyObject swapcase(PyStr self) {
        int[] cps = self.codePoints();
        StringBuilder b = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (UnicodeCase.isUppercase(c)) {
                UnicodeCase.appendLowerAt(b, cps, i);
            } else if (UnicodeCase.isLowercase(c)) {
                UnicodeCase.appendUpper(b, c);
            } else {
                b.appendCodePoint(c);
            }
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Return a version of the string suitable for caseless comparisons.")
    public static PyObject casefold(PyStr self) {
        StringBuilder b = new StringBuilder(self.length());
        for (int c : self.codePoints()) {
            UnicodeCase.appendFolded(b, c);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(sig = "(tabsize=8)", doc = "Return a copy where all tab characters are expanded using spaces.\n"
            + "\n"
            + "If tabsize is not given, a tab size of 8 characters is assumed.")
    public static PyObject expandtabs(PyStr self, long tabsize) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (int c : self.codePoints()) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    for (long k = 0; k < n; k++) {
                        b.append(' ');
                    }
                    col += n;
                }
            } else {
                b.appendCodePoint(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return PyStr.of(b.toString());
    }

    @PyMethod(doc = "Return True if the string is an uppercase string, False otherwise.\n"
            + "\n"
            + "A string is uppercase if all cased characters in the string are uppercase and\n"
            + "there is at least one cased character in the string.")
    public static boolean isupper(PyStr self) {
        boolean cased = false;
        for (int c : self.codePoints()) {
            if (UnicodeCase.isLowercase(c) || UnicodeCase.isTitlecase(c)) {
                return false;
            }
            cased |= UnicodeCase.isUppercase(c);
        }
        return cased;
    }

    @PyMethod(doc = "Return True if the string is a lowercase string, False otherwise.\n"
            + "\n"
            + "A string is lowercase if all cased characters in the string are lowercase and\n"
            + "there is at least one cased character in the string.")
    public static boolean islower(PyStr self) {
        boolean cased = false;
        for (int c : self.codePoints()) {
            if (UnicodeCase.isUppercase(c) || UnicodeCase.isTitlecase(c)) {
                return false;
            }
            cased |= UnicodeCase.isLowercase(c);
        }
        return cased;
    }

    @PyMethod(doc = "Return True if the string is a title-cased string, False otherwise.\n"
            + "\n"
            + "In a title-cased string, upper- and title-case characters may only\n"
            + "follow uncased characters and lowercase characters only cased ones.")
    public static boolean istitle(PyStr self) {
        boolean cased = false;
        boolean prevCased = false;
        for (int c : self.codePoints()) {
            if (UnicodeCase.isUppercase(c) || UnicodeCase.isTitlecase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (UnicodeCase.isLowercase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    @PyMethod(doc = "Return True if the string is an alpha-numeric string, False otherwise.\n"
            + "\n"
            + "A string is alpha-numeric if all characters in the string are alpha-numeric and\n"
            + "there is at least one character in the string.")
    public static boolean isalnum(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            // CPython: Py_UNICODE_ISALNUM, alphabetic or any numeric type
            String k = cat(c);
            if (!(k.equals("Lu") || k.equals("Ll") || k.equals("Lt") || k.equals("Lm") || k.equals("Lo"))
                    && UnicodeProperties.numericType(c) == UnicodeProperties.NUMERIC_NONE) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is a decimal string, False otherwise.\n"
            + "\n"
            + "A string is a decimal string if all characters in the string are decimal and\n"
            + "there is at least one character in the string.")
    public static boolean isdecimal(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            if (UnicodeProperties.decimal(c) < 0) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is a numeric string, False otherwise.\n"
            + "\n"
            + "A string is numeric if all characters in the string are numeric and there is at\n"
            + "least one character in the string.")
    public static boolean isnumeric(PyStr self) {
        if (self.length() == 0) {
            return false;
        }
        for (int c : self.codePoints()) {
            // CPython: Py_UNICODE_ISNUMERIC, any numeric value in the Unicode database
            if (UnicodeProperties.numericType(c) == UnicodeProperties.NUMERIC_NONE) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is a valid Python identifier, False otherwise.\n"
            + "\n"
            + "Call keyword.iskeyword(s) to test whether string s is a reserved identifier,\n"
            + "such as \"def\" or \"class\".")
    public static boolean isidentifier(PyStr self) {
        int[] cps = self.codePoints();
        if (cps.length == 0 || !(cps[0] == '_' || Unicode.isXidStart(cps[0]))) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!Unicode.isXidContinue(cps[i])) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(doc = "Return True if the string is printable, False otherwise.\n"
            + "\n"
            + "A string is printable if all of its characters are considered printable in\n"
            + "repr() or if it is empty.")
    public static boolean isprintable(PyStr self) {
        for (int c : self.codePoints()) {
            if (!Unicode.isPrintable(c)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(kind = PyMethod.Kind.STATICMETHOD, sig = "(x, y=NULL, z=NULL, /)",
            doc = "Return a translation table usable for str.translate().\n"
            + "\n"
            + "If there is only one argument, it must be a dictionary mapping Unicode\n"
            + "ordinals (integers) or characters to Unicode ordinals, strings or None.\n"
            + "Character keys will be then converted to ordinals.\n"
            + "If there are two arguments, they must be strings of equal length, and\n"
            + "in the resulting dictionary, each character in x will be mapped to the\n"
            + "character at the same position in y. If there is a third argument, it\n"
            + "must be a string, whose characters will be mapped to None in the result.")
    public static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict d = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict src)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                PyObject k = src.keyAt(i);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    k = PyInt.of(ks.codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
                d.setItem(k, src.valueAt(i));
            }
            return d;
        }
        PyStr a = arg(x, "maketrans");
        PyStr b = arg(y, "maketrans");
        if (a.length() != b.length()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < a.length(); i++) {
            d.setItem(PyInt.of(a.codePointAt(i)), PyInt.of(b.codePointAt(i)));
        }
        if (z != null) {
            PyStr c = arg(z, "maketrans");
            for (int i = 0; i < c.length(); i++) {
                d.setItem(PyInt.of(c.codePointAt(i)), PyNone.NONE);
            }
        }
        return d;
    }

    @PyMethod(doc = "Replace each character in the string using the given translation table.\n"
            + "\n"
            + "  table\n"
            + "    Translation table, which must be a mapping of Unicode ordinals to\n"
            + "    Unicode ordinals, strings, or None.\n"
            + "\n"
            + "The table must implement lookup/indexing via __getitem__, for instance a\n"
            + "dictionary or list.  If this operation raises LookupError, the character is\n"
            + "left untouched.  Characters mapped to None are deleted.")
    public static PyObject translate(PyStr self, PyObject table) {
        StringBuilder b = new StringBuilder();
        for (int c : self.codePoints()) {
            PyObject v;
            try {
                v = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.LookupError)) {
                    b.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (v == PyNone.NONE) {
                continue;
            }
            if (v instanceof PyInt i) {
                if (i.big != null || i.value < 0 || i.value > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) i.value);
            } else if (v instanceof PyStr s) {
                b.append(s.value);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(b.toString());
    }
}
