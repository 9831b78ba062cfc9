package org.matcha.objects;

/** {@code repr()} of str and bytes. Placeholder bodies; the real versions replace them. */
public final class StrRepr {
    private StrRepr() {}

    /** CPython: Objects/unicodeobject.c unicode_repr. */
    public static String repr(String s) {
        return "'" + s + "'";
    }

    /** CPython: Objects/bytesobject.c PyBytes_Repr. */
    public static String reprBytes(byte[] b) {
        return "b'" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
    }
}
