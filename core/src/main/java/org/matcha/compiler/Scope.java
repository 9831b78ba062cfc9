package org.matcha.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matcha.ast.Node;

/**
 * One block of the symbol table: a module, class or function body (lambdas and comprehensions are
 * functions). Symbol flags use CPython's bit values so they can be compared with its symtable
 * module. CPython: Include/internal/pycore_symtable.h (PySTEntryObject, DEF_*, scopes).
 */
public final class Scope {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Resolved scopes, stored in the flags at SCOPE_OFFSET. */
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = 0xF;

    public enum Kind { MODULE, CLASS, FUNCTION }

    public final String name;
    public final Kind kind;
    public final int lineno;
    /** The AST node that opened the block (null for the module). */
    public final Node node;
    /** Symbol name (mangled) → flags, in first-seen order. */
    public final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    public final List<Scope> children = new ArrayList<>();
    /** Where each name was declared global or nonlocal, for errors found during analysis. */
    final Map<String, Node> directives = new java.util.HashMap<>();
    /** Parameter names in order, as co_varnames starts. */
    public final List<String> varnames = new ArrayList<>();
    public boolean isComprehension;
    public boolean isGenerator;
    public boolean isCoroutine;
    /** A nested function or class: unbound names may be free in an enclosing function. */
    public boolean nested;
    /** A class whose methods use {@code __class__} or zero-argument super(). */
    public boolean needsClassClosure;
    boolean compIterTarget;
    /** A PEP 563 annotation, checked but never compiled. CPython: AnnotationBlock. */
    boolean annotationBlock;
    int compIterExpr;

    Scope(String name, Kind kind, int lineno, Node node) {
        this.name = name;
        this.kind = kind;
        this.lineno = lineno;
        this.node = node;
    }

    public int flags(String symbol) {
        Integer f = symbols.get(symbol);
        return f == null ? 0 : f;
    }

    /** The resolved scope of a symbol (LOCAL, CELL, FREE, ...), or 0 when unknown here. */
    public int scopeOf(String symbol) {
        return (flags(symbol) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    public Map<String, Integer> symbols() {
        return symbols;
    }
}
