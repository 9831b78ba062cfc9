package org.matcha.lexer;

/**
 * Token kinds, with CPython 3.12's exact operator types (Lib/token.py) so the parser can switch on them.
 * f-strings are tokenized the PEP 701 way (FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the
 * replacement-field tokens in between); the parser still accepts only what 3.11 accepts.
 * Keywords and soft keywords are NAME tokens; the parser compares their text.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="),
    PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="), EXCLAMATION("!"),
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    /** `# type: ...` comments; produced only when the lexer is asked for them. */
    TYPE_COMMENT;

    /** The operator's spelling, or null for kinds that are not operators. */
    public final String operator;

    TokenKind() { this.operator = null; }

    TokenKind(String operator) { this.operator = operator; }
}
