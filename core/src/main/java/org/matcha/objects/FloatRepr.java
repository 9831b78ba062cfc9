package org.matcha.objects;

/** Python's float repr and parsing. Placeholder bodies; the real, TeaVM-safe versions replace them. */
public final class FloatRepr {
    private FloatRepr() {}

    /** {@code repr(x)} exactly as CPython 3.11 prints it (shortest round-trip digits). */
    public static String repr(double x) {
        return Double.toString(x);
    }

    /**
     * Correctly rounded parse of a Python float literal or {@code float()} argument without
     * underscores ("1e23", "4.9e-324", ".5", "1.", "inf", "nan"). Throws NumberFormatException.
     */
    public static double parse(String s) {
        return Double.parseDouble(s);
    }
}
