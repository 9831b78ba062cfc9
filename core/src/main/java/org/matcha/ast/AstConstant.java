package org.matcha.ast;

/**
 * Values a {@code Constant} node holds besides String (str), byte[] (bytes), Long or
 * java.math.BigInteger (int), Double (float), Boolean and null (None).
 */
public final class AstConstant {
    private AstConstant() {}

    /** The {@code ...} constant. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };

    /** An imaginary literal such as {@code 2j}: a complex number with zero real part. */
    public record Imaginary(double imag) {}
}
