package org.matcha.lexer;

import org.matcha.objects.Unicode;

/** Identifier rules of PEP 3131, on Unicode 14 data. */
final class Identifiers {
    private Identifiers() {}

    static boolean isStart(int cp) {
        return Unicode.isXidStart(cp);
    }

    static boolean isContinue(int cp) {
        return Unicode.isXidContinue(cp);
    }

    /** The NFKC normal form the parser stores for a non-ASCII identifier. */
    static String normalize(String name) {
        return Unicode.nfkcIdentifier(name);
    }
}
