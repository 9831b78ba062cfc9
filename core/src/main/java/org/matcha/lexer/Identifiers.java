package org.matcha.lexer;

/** Identifier rules of PEP 3131. */
final class Identifiers {
    private Identifiers() {}

    /**
     * NFKC normal form of a non-ASCII identifier. Most identifiers are already normalised;
     * NFKC needs Unicode decomposition tables that TeaVM's class library lacks, so until the
     * generated Unicode tables exist this returns the name unchanged (a known gap).
     */
    static String normalize(String name) {
        return name;
    }
}
