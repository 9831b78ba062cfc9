package org.matcha.codecs;

import org.matcha.objects.PyStr;

/** A growable code-point array for decoder output. */
public final class CodePointBuilder {
    private int[] buf;
    private int size;

    public CodePointBuilder(int capacity) {
        buf = new int[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public void add(int cp) {
        ensure(1);
        buf[size++] = cp;
    }

    public void add(PyStr s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = s.codePointAt(i);
        }
    }

    public void addAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = s.charAt(i);
        }
    }

    public int size() {
        return size;
    }

    public PyStr toStr() {
        return size == 0 ? PyStr.EMPTY : PyStr.ofCodePoints(buf, 0, size);
    }
}
