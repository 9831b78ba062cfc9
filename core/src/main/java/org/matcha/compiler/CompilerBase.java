package org.matcha.compiler;

import static org.matcha.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.matcha.ast.*;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.parser.PySyntaxError;

/**
 * State shared by the compiler layers: the stack of code units being compiled, constant and name
 * pools, source locations, the frame-block stack for break/continue/return, and name resolution
 * to FAST/DEREF/GLOBAL/NAME operations. CPython: Python/compile.c (struct compiler_unit,
 * compiler_nameop, compiler_add_const, fblocks).
 */
abstract class CompilerBase {
    /** What a frame block is, for unwinding by break, continue and return. CPython: fblocktype. */
    enum BlockKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    static final class FBlock {
        final BlockKind kind;
        final CodeBuilder.Label block;
        final CodeBuilder.Label exit;
        final Object datum;
        /** The handler in force outside this block. */
        final CodeBuilder.Handler outerHandler;

        FBlock(BlockKind kind, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum,
                CodeBuilder.Handler outerHandler) {
            this.kind = kind;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
            this.outerHandler = outerHandler;
        }
    }

    /** One code object under construction. */
    static final class Unit {
        final Scope scope;
        final CodeBuilder b = new CodeBuilder();
        final String name;
        String qualname;
        final List<PyObject> consts = new ArrayList<>();
        final Map<String, Integer> constIndex = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();
        final List<String> varnames = new ArrayList<>();
        final Map<String, Integer> varIndex = new HashMap<>();
        final List<String> cellvars = new ArrayList<>();
        final List<String> freevars = new ArrayList<>();
        final List<FBlock> fblocks = new ArrayList<>();
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        int flags;
        int firstlineno;
        String privateName;
        boolean hasDocstring;

        Unit(Scope scope, String name, int firstlineno) {
            this.scope = scope;
            this.name = name;
            this.firstlineno = firstlineno;
        }

        boolean isFunction() {
            return scope.kind == Scope.Kind.FUNCTION;
        }
    }

    final String filename;
    final String[] sourceLines;
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final List<Unit> units = new ArrayList<>();
    Unit u;
    CodeBuilder b;
    boolean interactive;
    /**
     * compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for and async with may appear at
     * module level, and a module that uses them compiles to a CO_COROUTINE code object, so that
     * running it gives a coroutine. CPython: compiler_visit_expr1 (Await_kind) and IS_TOP_LEVEL_AWAIT.
     */
    boolean topLevelAwait;

    /** Marks the module being compiled as a coroutine when a top-level await is allowed here. */
    boolean topLevelAwaitHere() {
        if (topLevelAwait && u.scope.kind == Scope.Kind.MODULE) {
            u.flags |= PyCode.CO_COROUTINE;
            return true;
        }
        return false;
    }
    /** The __future__ features in force (CO_FUTURE_* bits), added to every code object's flags. */
    int futureFlags;
    /** Receives compile-time warnings (SyntaxWarning); may be null. */
    org.matcha.parser.WarningSink warnings;
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    void warn(String message, Node at) {
        if (warnings != null && warned.add(message + "@" + at.lineno)) {
            try {
                warnings.warn("SyntaxWarning", message, at.lineno);
            } catch (org.matcha.parser.WarningSink.Escalated e) {
                throw error(message, at);
            }
        }
    }

    CompilerBase(String filename, String source, Scope top) {
        this.filename = filename;
        this.sourceLines = source == null ? null : source.split("\n", -1);
        indexScopes(top);
    }

    private void indexScopes(Scope s) {
        if (s.node != null) {
            scopes.put(s.node, s);
        }
        for (Scope c : s.children) {
            indexScopes(c);
        }
    }

    // ---- units ----

    void enterUnit(Scope scope, String name, int firstlineno, String privateName) {
        Unit unit = new Unit(scope, name, firstlineno);
        unit.privateName = privateName;
        for (String p : scope.varnames) {
            addVarname(unit, p);
        }
        // cells: names resolved CELL (sorted, as CPython), plus __class__ for classes that need it
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Map.Entry<String, Integer> e : scope.symbols.entrySet()) {
            int sc = (e.getValue() >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            if (sc == Scope.CELL) {
                cells.add(e.getKey());
            } else if (sc == Scope.FREE || (e.getValue() & Scope.DEF_FREE_CLASS) != 0) {
                if (!frees.contains(e.getKey())) {
                    frees.add(e.getKey());
                }
            }
        }
        if (scope.kind == Scope.Kind.CLASS && scope.needsClassClosure && !cells.contains("__class__")) {
            cells.add("__class__");
        }
        java.util.Collections.sort(cells);
        java.util.Collections.sort(frees);
        unit.cellvars.addAll(cells);
        unit.freevars.addAll(frees);
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Integer> e : scope.symbols.entrySet()) {
                int sc = (e.getValue() >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
                if (sc == Scope.LOCAL && !unit.varIndex.containsKey(e.getKey())) {
                    addVarname(unit, e.getKey());
                }
            }
        }
        if (u != null) {
            units.add(u);
        }
        u = unit;
        b = unit.b;
        b.line = firstlineno;
        b.endLine = firstlineno;
    }

    private static void addVarname(Unit unit, String name) {
        if (!unit.varIndex.containsKey(name)) {
            unit.varIndex.put(name, unit.varnames.size());
            unit.varnames.add(name);
        }
    }

    PyCode exitUnit() {
        Unit unit = u;
        CodeBuilder.Assembled a = unit.b.assemble();
        PyCode code = new PyCode();
        code.name = unit.name;
        code.qualname = unit.qualname == null ? unit.name : unit.qualname;
        code.filename = filename;
        code.firstlineno = unit.firstlineno;
        code.argcount = unit.argcount;
        code.posonlyargcount = unit.posonlyargcount;
        code.kwonlyargcount = unit.kwonlyargcount;
        code.varnames = unit.varnames.toArray(new String[0]);
        code.cellvars = unit.cellvars.toArray(new String[0]);
        code.freevars = unit.freevars.toArray(new String[0]);
        code.cell2arg = null;
        int nargs = unit.argcount + unit.kwonlyargcount + ((unit.flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)
                + ((unit.flags & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int i = 0; i < code.cellvars.length; i++) {
            Integer vi = unit.varIndex.get(code.cellvars[i]);
            if (vi != null && vi < nargs) {
                if (code.cell2arg == null) {
                    code.cell2arg = new int[code.cellvars.length];
                    java.util.Arrays.fill(code.cell2arg, -1);
                }
                code.cell2arg[i] = vi;
            }
        }
        code.consts = unit.consts.toArray(new PyObject[0]);
        code.names = unit.names.toArray(new String[0]);
        code.nameObjects = new PyStr[code.names.length];
        for (int i = 0; i < code.names.length; i++) {
            code.nameObjects[i] = PyStr.intern(code.names[i]);
        }
        code.flags = unit.flags | futureFlags; // 3.11 has no CO_NOFREE
        code.code = a.code();
        org.matcha.bytecode.Quickener.quicken(code.code);
        code.positions = a.positions();
        code.exceptionTable = a.exceptionTable();
        code.stacksize = a.stacksize();
        code.hasDocstring = unit.hasDocstring;
        u = units.isEmpty() ? null : units.remove(units.size() - 1);
        b = u == null ? null : u.b;
        return code;
    }

    // ---- pools ----

    int addConst(PyObject v) {
        String key = constKey(v);
        if (key == null) {
            u.consts.add(v);
            return u.consts.size() - 1;
        }
        Integer i = u.constIndex.get(key);
        if (i != null) {
            return i;
        }
        u.consts.add(v);
        u.constIndex.put(key, u.consts.size() - 1);
        return u.consts.size() - 1;
    }

    private static String constKey(PyObject v) {
        if (v == PyNone.NONE) {
            return "None";
        }
        if (v == PySingletons.ELLIPSIS) {
            return "...";
        }
        if (v instanceof PyBool bo) {
            return "b" + bo.value;
        }
        if (v instanceof PyInt i) {
            return "i" + i.toBig();
        }
        if (v instanceof PyFloat f) {
            return "f" + Double.doubleToRawLongBits(f.value);
        }
        if (v instanceof PyComplex c) {
            return "c" + Double.doubleToRawLongBits(c.real) + "," + Double.doubleToRawLongBits(c.imag);
        }
        if (v instanceof PyStr s) {
            return "s" + s.length() + ":" + s.value + (s.length() != s.value.length() ? java.util.Arrays.toString(s.codePoints()) : "");
        }
        if (v instanceof PyBytes by) {
            return "y" + by.latin1();
        }
        if (v instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("t(");
            for (PyObject x : t.items) {
                String k = constKey(x);
                if (k == null) {
                    return null;
                }
                sb.append(k.length()).append(':').append(k);
            }
            return sb.append(')').toString();
        }
        return null;
    }

    void loadConst(PyObject v) {
        b.emit(LOAD_CONST, addConst(v));
    }

    int addName(String name) {
        Integer i = u.nameIndex.get(name);
        if (i != null) {
            return i;
        }
        u.nameIndex.put(name, u.names.size());
        u.names.add(name);
        return u.names.size() - 1;
    }

    String mangle(String name) {
        return SymbolTable.mangle(u.privateName, name);
    }

    /** The Python value of an AST constant. */
    static PyObject constant(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject p) {
            return p; // from a Python AST object (compile(tree, ...)): tuples, frozensets, complex
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof CodePoints cp) {
            return PyStr.ofCodePoints(cp.codePoints(), 0, cp.codePoints().length);
        }
        if (v instanceof Boolean bo) {
            return PyBool.of(bo);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof java.math.BigInteger bi) {
            return PyInt.of(bi);
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof byte[] by) {
            return new PyBytes(by);
        }
        if (v instanceof AstConstant.Imaginary im) {
            return new PyComplex(0, im.imag());
        }
        if (v == AstConstant.ELLIPSIS) {
            return PySingletons.ELLIPSIS;
        }
        throw new IllegalArgumentException("unknown constant " + v);
    }

    // ---- locations ----

    void setLocation(Node n) {
        if (n != null && n.positioned()) {
            b.line = n.lineno;
            b.endLine = n.endLineno;
            b.col = n.colOffset;
            b.endCol = n.endColOffset;
        }
    }

    PySyntaxError error(String msg, Node n) {
        if (n == null) {
            return errorAt(msg, 1, -1, 1, -1);
        }
        return errorAt(msg, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    /** An error at the location of the code being compiled. CPython: compiler_error. */
    PySyntaxError errorHere(String msg) {
        return errorAt(msg, b.line, b.col, b.endLine, b.endCol);
    }

    private PySyntaxError errorAt(String msg, int line, int colOffset, int endLine, int endColOffset) {
        String text = null;
        if (sourceLines != null && line >= 1 && line <= sourceLines.length) {
            text = sourceLines[line - 1] + "\n";
        }
        int col = colOffset + 1;
        if (text != null && colOffset >= 0) {
            col = byteToCharOffset(text, colOffset) + 1;
        }
        return new PySyntaxError("SyntaxError", msg, filename, line, col, endLine, endColOffset + 1, text);
    }

    /** CPython: forbidden_name — __debug__ cannot be bound or deleted. */
    void checkForbiddenName(String name, Ctx ctx) {
        if (name.equals("__debug__") && ctx != Ctx.LOAD) {
            throw errorHere(ctx == Ctx.STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
    }

    static int byteToCharOffset(String line, int byteOffset) {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, bytes.length);
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8).length();
    }

    // ---- frame blocks ----

    FBlock pushBlock(BlockKind kind, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum) {
        FBlock fb = new FBlock(kind, block, exit, datum, b.currentHandler);
        u.fblocks.add(fb);
        return fb;
    }

    void popBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    // ---- names ----

    enum Ctx { LOAD, STORE, DEL }

    /** Emits the load, store or delete of a name. CPython: compiler_nameop. */
    void nameOp(String rawName, Ctx ctx) {
        checkForbiddenName(rawName, ctx);
        String name = mangle(rawName);
        Scope s = u.scope;
        int scope = s.scopeOf(name);
        int flags = s.flags(name);
        int dictIndex;
        if (scope == Scope.FREE || scope == Scope.CELL || ((flags & Scope.DEF_FREE_CLASS) != 0 && scope != Scope.LOCAL
                && s.kind == Scope.Kind.CLASS)) {
            int idx = u.cellvars.indexOf(name);
            if (idx < 0) {
                idx = u.freevars.indexOf(name);
                if (idx >= 0) {
                    idx += u.cellvars.size();
                }
            }
            if (idx >= 0) {
                if (ctx == Ctx.LOAD) {
                    b.emit(s.kind == Scope.Kind.CLASS && scope != Scope.CELL ? LOAD_CLASSDEREF : LOAD_DEREF, idx);
                } else if (ctx == Ctx.STORE) {
                    b.emit(STORE_DEREF, idx);
                } else {
                    b.emit(DELETE_DEREF, idx);
                }
                return;
            }
        }
        if (scope == Scope.LOCAL && s.kind == Scope.Kind.FUNCTION) {
            Integer vi = u.varIndex.get(name);
            if (vi != null) {
                b.emit(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, vi);
                return;
            }
        }
        boolean global = scope == Scope.GLOBAL_EXPLICIT
                || (scope == Scope.GLOBAL_IMPLICIT && s.kind == Scope.Kind.FUNCTION);
        dictIndex = addName(name);
        if (global) {
            b.emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, dictIndex);
        } else {
            b.emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, dictIndex);
        }
    }

    /** The index of a cell or free variable in this unit (for LOAD_CLOSURE). */
    int closureIndex(String name) {
        int idx = u.cellvars.indexOf(name);
        if (idx >= 0) {
            return idx;
        }
        idx = u.freevars.indexOf(name);
        if (idx >= 0) {
            return u.cellvars.size() + idx;
        }
        throw new IllegalStateException("no cell for " + name + " in " + u.name);
    }
}
