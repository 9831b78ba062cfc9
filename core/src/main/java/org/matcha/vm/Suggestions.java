package org.matcha.vm;

import java.util.ArrayList;
import java.util.List;
import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * "Did you mean: ...?" for NameError and AttributeError, computed when the traceback is printed.
 * CPython: Python/suggestions.c (levenshtein_distance with move cost 2 and case cost 1).
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    static String forException(PyBaseException exc) {
        try {
            PyObject nameObj = exc.getAttr("name");
            if (!(nameObj instanceof PyStr name)) {
                return null;
            }
            if (exc.type().isSubtype(ExceptionTypes.NameError) && exc.traceback instanceof PyTraceback tb) {
                while (tb.next != null) {
                    tb = tb.next;
                }
                Frame f = tb.frame;
                String s = best(List.of(f.code.varnames), name.value);
                if (s == null) {
                    s = best(keys(f.globals), name.value);
                }
                if (s == null) {
                    s = f.builtins instanceof PyDict bd ? best(keys(bd), name.value) : null;
                }
                return s;
            }
            if (exc.type().isSubtype(ExceptionTypes.AttributeError)) {
                PyObject obj = exc.getAttr("obj");
                if (obj == null) {
                    return null;
                }
                PyObject dir = org.matcha.builtins.BuiltinsModule.dir(obj);
                List<String> names = new ArrayList<>();
                for (PyObject o : Abstract.toArray(dir)) {
                    if (o instanceof PyStr ps) {
                        names.add(ps.value);
                    }
                }
                return best(names, name.value);
            }
        } catch (PyException e) {
            return null;
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            if (d.keyAt(i) instanceof PyStr s) {
                out.add(s.value);
            }
        }
        return out;
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        char la = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char) (b + 32) : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    private static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int as = 0;
        int bs = 0;
        int ae = a.length();
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (ae > as && be > bs && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int aSize = ae - as;
        int bSize = be - bs;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING || bSize > MAX_STRING) {
            return maxCost + 1;
        }
        String x = a.substring(as, ae);
        String y = b.substring(bs, be);
        if (y.length() < x.length()) {
            String t = x;
            x = y;
            y = t;
        }
        if ((y.length() - x.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[x.length()];
        for (int i = 0; i < x.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < y.length(); bi++) {
            char code = y.charAt(bi);
            int dist = bi * MOVE_COST;
            result = dist;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < x.length(); i++) {
                int substitute = dist + substitutionCost(code, x.charAt(i));
                dist = buffer[i];
                int insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
