package org.matcha.compiler;

import static org.matcha.bytecode.Opcode.*;

import org.matcha.ast.*;
import org.matcha.ast.Module;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyNone;

/**
 * AST to code objects: the entry points for "exec", "eval" and "single" modes.
 * CPython: Python/compile.c _PyAST_Compile, compiler_mod.
 */
public final class Compiler extends StatementCompiler {
    /**
     * Source nested too deeply to compile: CPython's "maximum recursion depth exceeded during
     * compilation" (symtable.c), also raised when the host's native stack runs low.
     */
    public static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private Compiler(String filename, String source, Scope top) {
        super(filename, source, top);
    }

    /** A module ("exec" mode). {@code source} (may be null) supplies lines for errors. */
    public static PyCode compileModule(Module m, String filename, String source) {
        return compileModule(m, filename, source, null);
    }

    public static PyCode compileModule(Module m, String filename, String source,
            org.matcha.parser.WarningSink warnings) {
        return compileModule(m, filename, source, warnings, 0);
    }

    /**
     * {@code flags} are compile()'s: its CO_FUTURE_* bits add to the module's own __future__ imports,
     * and every code object made carries the features in force. CPython: compiler_setup.
     */
    public static PyCode compileModule(Module m, String filename, String source,
            org.matcha.parser.WarningSink warnings, int flags) {
        int future = (flags & PyCode.PyCF_MASK) | SymbolTable.futureFeatures(m.body);
        Scope top = SymbolTable.build(m, filename, source, future);
        Compiler c = new Compiler(filename, source, top);
        c.futureFlags = future;
        c.warnings = warnings;
        c.topLevelAwait = (flags & PyCode.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0;
        c.enterUnit(top, "<module>", 1, null);
        java.util.List<AstStmt> body = m.body;
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant k
                && (k.value instanceof String || k.value instanceof CodePoints)) {
            c.setLocation(e);
            c.visitExpr(e.value);
            c.b.emit(STORE_NAME, c.addName("__doc__"));
            body = body.subList(1, body.size());
        }
        if (hasAnnotations(body)) {
            c.b.emit(SETUP_ANNOTATIONS);
        }
        c.visitStmts(body);
        c.loadConst(PyNone.NONE);
        c.b.emit(RETURN_VALUE);
        return c.exitUnit();
    }

    /** An expression ("eval" mode). */
    public static PyCode compileExpression(Expression e, String filename, String source) {
        return compileExpression(e, filename, source, null, 0);
    }

    public static PyCode compileExpression(Expression e, String filename, String source,
            org.matcha.parser.WarningSink warnings, int flags) {
        Module wrapper = new Module(java.util.List.of(new Expr(e.body, e.body.lineno, e.body.colOffset,
                e.body.endLineno, e.body.endColOffset)), java.util.List.of());
        int future = flags & PyCode.PyCF_MASK;
        Scope top = SymbolTable.build(wrapper, filename, source, future);
        Compiler c = new Compiler(filename, source, top);
        c.futureFlags = future;
        c.warnings = warnings;
        c.topLevelAwait = (flags & PyCode.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0;
        c.enterUnit(top, "<module>", 1, null);
        c.visitExpr(e.body);
        c.b.emit(RETURN_VALUE);
        return c.exitUnit();
    }

    /** One interactive statement ("single" mode): expression values are printed. */
    public static PyCode compileInteractive(Interactive i, String filename, String source) {
        return compileInteractive(i, filename, source, null, 0);
    }

    public static PyCode compileInteractive(Interactive i, String filename, String source,
            org.matcha.parser.WarningSink warnings, int flags) {
        Module wrapper = new Module(i.body, java.util.List.of());
        int future = (flags & PyCode.PyCF_MASK) | SymbolTable.futureFeatures(i.body);
        Scope top = SymbolTable.build(wrapper, filename, source, future);
        Compiler c = new Compiler(filename, source, top);
        c.futureFlags = future;
        c.warnings = warnings;
        c.interactive = true;
        c.enterUnit(top, "<module>", 1, null);
        if (hasAnnotations(i.body)) {
            c.b.emit(SETUP_ANNOTATIONS);
        }
        c.visitStmts(i.body);
        c.loadConst(PyNone.NONE);
        c.b.emit(RETURN_VALUE);
        return c.exitUnit();
    }
}
