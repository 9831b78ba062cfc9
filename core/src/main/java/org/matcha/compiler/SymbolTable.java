package org.matcha.compiler;

import static org.matcha.compiler.Scope.*;

import java.util.ArrayList;
import java.util.List;
import org.matcha.ast.*;
import org.matcha.ast.Module;
import org.matcha.bytecode.PyCode;
import org.matcha.parser.PySyntaxError;
import org.matcha.vm.Interpreter;

/**
 * Builds the scopes of a module: first every block's symbols with their definition flags, then
 * the resolution of each name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 * CPython: Python/symtable.c (symtable_visit_*, then analyze_block in ScopeAnalysis).
 */
public final class SymbolTable {
    private final String filename;
    private final String[] lines;
    private final Scope top;
    private final ArrayList<Scope> stack = new ArrayList<>();
    private Scope cur;
    /** The enclosing class name, for private name mangling. */
    private String privateName;
    private final boolean futureAnnotations;
    /**
     * Statement and expression nesting, checked like CPython's symtable.c: it starts at three
     * times the running Python depth and may reach three times the recursion limit
     * (COMPILER_STACK_FRAME_SCALE).
     */
    private int nesting;
    private final int nestingLimit;

    private SymbolTable(Module module, String filename, String source, int futureFlags) {
        Interpreter interp = Interpreter.current();
        this.nesting = interp == null ? 0 : interp.recursionDepth() * COMPILER_STACK_FRAME_SCALE;
        this.nestingLimit = (interp == null ? 1000 : interp.recursionLimit) * COMPILER_STACK_FRAME_SCALE;
        this.filename = filename;
        this.lines = source == null ? null : source.split("\n", -1);
        this.futureAnnotations = (futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0;
        this.top = new Scope("top", Scope.Kind.MODULE, 0, module);
        stack.add(top);
        cur = top;
    }

    /** The module's scope tree; {@code source} (may be null) supplies error lines. */
    public static Scope build(Module module, String filename, String source) {
        return build(module, filename, source, futureFeatures(module.body));
    }

    /**
     * As {@link #build(Module, String, String)} with the __future__ features in force ({@code
     * CO_FUTURE_*} bits: the module's own future imports merged with those compile() was given).
     */
    static Scope build(Module module, String filename, String source, int futureFlags) {
        SymbolTable st = new SymbolTable(module, filename, source, futureFlags);
        st.checkFutureImports(module);
        for (AstStmt s : module.body) {
            st.visitStmt(s);
        }
        ScopeAnalysis.analyze(st.top, st::error);
        return st.top;
    }

    private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators",
            "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /**
     * The leading __future__ imports name known features; a __future__ import after another
     * statement on the same line is misplaced. CPython: Python/future.c future_parse.
     */
    private void checkFutureImports(Module module) {
        boolean done = false;
        int prevLine = 0;
        java.util.List<AstStmt> body = module.body;
        int i = !body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c
                && c.value instanceof String ? 1 : 0;
        for (; i < body.size(); i++) {
            AstStmt s = body.get(i);
            if (done && s.lineno > prevLine) {
                return;
            }
            prevLine = s.lineno;
            if (s instanceof ImportFrom f && "__future__".equals(f.module)) {
                if (done) {
                    throw error("from __future__ imports must occur at the beginning of the file", s);
                }
                for (Alias a : f.names) {
                    if (a.name.equals("braces")) {
                        throw error("not a chance", s);
                    }
                    if (!FUTURE_FEATURES.contains(a.name)) {
                        throw error("future feature " + a.name + " is not defined", s);
                    }
                }
            } else {
                done = true;
            }
        }
    }

    /**
     * The CO_FUTURE_* flags of the __future__ imports that start a module (after its docstring).
     * CPython: Python/future.c future_check_features.
     */
    public static int futureFeatures(java.util.List<AstStmt> body) {
        int flags = 0;
        int i = 0;
        for (AstStmt s : body) {
            if (i == 0 && s instanceof Expr e && e.value instanceof Constant c
                    && (c.value instanceof String || c.value instanceof CodePoints)) {
                i++;
                continue;
            }
            if (!(s instanceof ImportFrom f) || !"__future__".equals(f.module)) {
                break;
            }
            for (Alias a : f.names) {
                flags |= switch (a.name) {
                    case "division" -> PyCode.CO_FUTURE_DIVISION;
                    case "absolute_import" -> PyCode.CO_FUTURE_ABSOLUTE_IMPORT;
                    case "with_statement" -> PyCode.CO_FUTURE_WITH_STATEMENT;
                    case "print_function" -> PyCode.CO_FUTURE_PRINT_FUNCTION;
                    case "unicode_literals" -> PyCode.CO_FUTURE_UNICODE_LITERALS;
                    case "barry_as_FLUFL" -> PyCode.CO_FUTURE_BARRY_AS_BDFL;
                    case "generator_stop" -> PyCode.CO_FUTURE_GENERATOR_STOP;
                    case "annotations" -> PyCode.CO_FUTURE_ANNOTATIONS;
                    default -> 0;
                };
            }
            i++;
        }
        return flags;
    }

    PySyntaxError error(String msg, Node at) {
        String text = lines != null && at != null && at.lineno >= 1 && at.lineno <= lines.length
                ? lines[at.lineno - 1] + "\n" : null;
        int line = at == null ? 0 : at.lineno;
        int col = at == null ? 0 : at.colOffset + 1;
        return new PySyntaxError("SyntaxError", msg, filename, line, col,
                at == null ? 0 : at.endLineno, at == null ? 0 : at.endColOffset + 1, text);
    }

    // ---- blocks and definitions -------------------------------------------------------------

    private void enter(String name, Scope.Kind kind, Node node, int lineno) {
        Scope s = new Scope(name, kind, lineno, node);
        s.nested = cur.nested || cur.kind == Scope.Kind.FUNCTION;
        cur.children.add(s);
        stack.add(s);
        cur = s;
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.get(stack.size() - 1);
    }

    /** CPython: _Py_Mangle — private names in a class body become _Class__name. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Node at) {
        addDef(name, flag, cur, at);
    }

    /** CPython: symtable_add_def_helper. */
    private void addDef(String name, int flag, Scope scope, Node at) {
        String mangled = mangle(privateName, name);
        int val = scope.flags(mangled);
        if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
            throw error("duplicate argument '" + mangled + "' in function definition", at);
        }
        val |= flag;
        if (scope.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + mangled + "'", at);
            }
            val |= DEF_COMP_ITER;
        }
        scope.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            scope.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.put(mangled, top.flags(mangled) | flag);
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private void visitStmts(java.util.List<AstStmt> body) {
        for (AstStmt s : body) {
            visitStmt(s);
        }
    }

    private static final int COMPILER_STACK_FRAME_SCALE = 3;

    /** CPython: the recursion_depth check of symtable_visit_stmt and symtable_visit_expr. */
    private void deeper() {
        if (++nesting > nestingLimit || (nesting & 15) == 0 && Interpreter.nativeStackLowNow()) {
            throw new Compiler.TooDeep();
        }
    }

    private void visitStmt(AstStmt s) {
        deeper();
        try {
            visitStmt1(s);
        } finally {
            nesting--;
        }
    }

    private void visitStmt1(AstStmt s) {
        if (s instanceof FunctionDef f) {
            function(f, f.name, f.args, f.returns, f.decoratorList, f.body);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f, f.name, f.args, f.returns, f.decoratorList, f.body);
        } else if (s instanceof ClassDef c) {
            addDef(c.name, DEF_LOCAL, c);
            visitExprs(c.bases);
            for (Keyword k : c.keywords) {
                visitExpr(k.value);
            }
            visitExprs(c.decoratorList);
            enter(c.name, Scope.Kind.CLASS, c, c.lineno);
            String saved = privateName;
            privateName = c.name;
            visitStmts(c.body);
            privateName = saved;
            exit();
        } else if (s instanceof Import i) {
            aliases(i.names, i);
        } else if (s instanceof ImportFrom i) {
            aliases(i.names, i);
        } else if (s instanceof Global g) {
            declare(g.names, DEF_GLOBAL, "global", g);
        } else if (s instanceof Nonlocal n) {
            declare(n.names, DEF_NONLOCAL, "nonlocal", n);
        } else if (s instanceof AnnAssign a) {
            annotatedAssignment(a);
        } else if (s instanceof Try t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof TryStar t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof Match m) {
            visitExpr(m.subject);
            for (MatchCase c : m.cases) {
                visitPattern(c.pattern);
                if (c.guard != null) {
                    visitExpr(c.guard);
                }
                visitStmts(c.body);
            }
        } else {
            visitChildren(s);
        }
    }

    private void function(AstStmt def, String name, Arguments args, AstExpr returns,
                          java.util.List<AstExpr> decorators, java.util.List<AstStmt> body) {
        addDef(name, DEF_LOCAL, def);
        visitExprs(args.defaults);
        visitExprs(args.kwDefaults);
        annotations(args, returns);
        visitExprs(decorators);
        enter(name, Scope.Kind.FUNCTION, def, def.lineno);
        if (def instanceof AsyncFunctionDef) {
            cur.isCoroutine = true;
        }
        parameters(args);
        visitStmts(body);
        exit();
    }

    /** Annotations are evaluated in the enclosing scope, unless PEP 563 makes them strings. */
    private void annotations(Arguments args, AstExpr returns) {
        for (Arg a : args.posonlyargs) {
            annotation(a.annotation);
        }
        for (Arg a : args.args) {
            annotation(a.annotation);
        }
        if (args.vararg != null) {
            annotation(args.vararg.annotation);
        }
        if (args.kwarg != null) {
            annotation(args.kwarg.annotation);
        }
        for (Arg a : args.kwonlyargs) {
            annotation(a.annotation);
        }
        annotation(returns);
    }

    private void annotation(AstExpr e) {
        if (e == null) {
            return;
        }
        if (!futureAnnotations) {
            visitExpr(e);
            return;
        }
        // CPython: symtable_visit_annotation. Under PEP 563 an annotation is a block of its own that
        // is never compiled: it is visited for its errors only, and its names bind nothing outside.
        Scope block = new Scope("_annotation", Scope.Kind.FUNCTION, e.lineno, e);
        block.annotationBlock = true;
        Scope saved = cur;
        stack.add(block);
        cur = block;
        try {
            visitExpr(e);
        } finally {
            stack.remove(stack.size() - 1);
            cur = saved;
        }
    }

    /** CPython: symtable_raise_if_annotation_block. */
    private void checkNotInAnnotation(String what, AstExpr e) {
        if (cur.annotationBlock) {
            throw error("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void parameters(Arguments args) {
        for (Arg a : args.posonlyargs) {
            addDef(a.arg, DEF_PARAM, a);
        }
        for (Arg a : args.args) {
            addDef(a.arg, DEF_PARAM, a);
        }
        for (Arg a : args.kwonlyargs) {
            addDef(a.arg, DEF_PARAM, a);
        }
        if (args.vararg != null) {
            addDef(args.vararg.arg, DEF_PARAM, args.vararg);
        }
        if (args.kwarg != null) {
            addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
        }
    }

    private void aliases(java.util.List<Alias> names, AstStmt at) {
        for (Alias a : names) {
            String stored = a.asname != null ? a.asname : a.name;
            int dot = stored.indexOf('.');
            if (dot >= 0) {
                stored = stored.substring(0, dot);
            }
            if (stored.equals("*")) {
                if (cur.kind != Scope.Kind.MODULE) {
                    throw error("import * only allowed at module level", a);
                }
            } else {
                addDef(stored, DEF_IMPORT, a);
            }
        }
    }

    /** global / nonlocal statements. CPython: symtable_visit_stmt, Global_kind and Nonlocal_kind. */
    private void declare(java.util.List<String> names, int flag, String keyword, AstStmt at) {
        for (String name : names) {
            int current = cur.flags(mangle(privateName, name));
            if ((current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((current & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + keyword;
                } else if ((current & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + keyword + " declaration";
                } else if ((current & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + keyword;
                } else {
                    msg = "name '" + name + "' is assigned to before " + keyword + " declaration";
                }
                throw error(msg, at);
            }
            addDef(name, flag, at);
            cur.directives.putIfAbsent(mangle(privateName, name), at);
        }
    }

    private void annotatedAssignment(AnnAssign a) {
        if (a.target instanceof Name n) {
            int current = cur.flags(mangle(privateName, n.id));
            if ((current & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple != 0) {
                throw error("annotated name '" + n.id + "' can't be "
                        + ((current & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a);
            }
            if (a.simple != 0) {
                addDef(n.id, DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value != null) {
                addDef(n.id, DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target);
        }
        annotation(a.annotation);
        if (a.value != null) {
            visitExpr(a.value);
        }
    }

    private void tryStatement(java.util.List<AstStmt> body, java.util.List<AstExcepthandler> handlers,
                              java.util.List<AstStmt> orelse, java.util.List<AstStmt> finalbody) {
        // CPython's order: body, orelse, handlers, finalbody (it decides the order of child blocks)
        visitStmts(body);
        visitStmts(orelse);
        for (AstExcepthandler h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) {
                visitExpr(eh.type);
            }
            if (eh.name != null) {
                addDef(eh.name, DEF_LOCAL, eh);
            }
            visitStmts(eh.body);
        }
        visitStmts(finalbody);
    }

    // ---- expressions --------------------------------------------------------------------------

    private void visitExprs(java.util.List<AstExpr> exprs) {
        for (AstExpr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitExpr(AstExpr e) {
        deeper();
        try {
            visitExpr1(e);
        } finally {
            nesting--;
        }
    }

    private void visitExpr1(AstExpr e) {
        if (e instanceof Name n) {
            addDef(n.id, n.ctx == Load.INSTANCE ? USE : DEF_LOCAL, n);
            // zero-argument super() needs the implicit __class__ cell
            if (n.ctx == Load.INSTANCE && cur.kind == Scope.Kind.FUNCTION && n.id.equals("super")) {
                addDef("__class__", USE, n);
            }
        } else if (e instanceof Lambda l) {
            visitExprs(l.args.defaults);
            visitExprs(l.args.kwDefaults);
            enter("lambda", Scope.Kind.FUNCTION, l, l.lineno);
            parameters(l.args);
            visitExpr(l.body);
            exit();
        } else if (e instanceof ListComp c) {
            comprehension(e, "listcomp", c.generators, c.elt, null);
        } else if (e instanceof SetComp c) {
            comprehension(e, "setcomp", c.generators, c.elt, null);
        } else if (e instanceof GeneratorExp c) {
            comprehension(e, "genexpr", c.generators, c.elt, null);
        } else if (e instanceof DictComp c) {
            comprehension(e, "dictcomp", c.generators, c.key, c.value);
        } else if (e instanceof NamedExpr n) {
            checkNotInAnnotation("named expression", e);
            if (cur.compIterExpr > 0) {
                throw error("assignment expression cannot be used in a comprehension iterable expression", n);
            }
            if (cur.isComprehension) {
                extendNamedExpressionScope((Name) n.target);
            }
            visitExpr(n.value);
            visitExpr(n.target);
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            checkNotInAnnotation("yield expression", e);
            visitChildren(e);
            cur.isGenerator = true;
            if (cur.isComprehension) {
                // CPython: symtable_raise_if_comprehension_block
                throw error("'yield' inside " + switch (cur.name) {
                    case "listcomp" -> "list comprehension";
                    case "setcomp" -> "set comprehension";
                    case "dictcomp" -> "dict comprehension";
                    default -> "generator expression";
                }, e);
            }
        } else if (e instanceof Await) {
            checkNotInAnnotation("await expression", e);
            cur.isCoroutine = true;
            visitChildren(e);
        } else {
            visitChildren(e);
        }
    }

    /** CPython: symtable_handle_comprehension. The outermost iterable is evaluated outside. */
    private void comprehension(AstExpr e, String name, java.util.List<Comprehension> generators,
                               AstExpr elt, AstExpr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enter(name, Scope.Kind.FUNCTION, e, e.lineno);
        cur.isComprehension = true;
        cur.isGenerator = e instanceof GeneratorExp;
        if (outermost.isAsync != 0) {
            cur.isCoroutine = true;
        }
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter);
            cur.compIterExpr--;
            visitExprs(g.ifs);
            if (g.isAsync != 0) {
                cur.isCoroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        exit();
    }

    /** CPython: symtable_extend_namedexpr_scope — a walrus in a comprehension binds outside it. */
    private void extendNamedExpressionScope(Name target) {
        String name = target.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope s = stack.get(i);
            if (s.isComprehension) {
                if ((s.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                }
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                addDef(name, (s.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                cur.directives.putIfAbsent(name, target);
                addDef(name, DEF_LOCAL, s, target);
                return;
            }
            if (s.kind == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                cur.directives.putIfAbsent(name, target);
                addDef(name, DEF_GLOBAL, s, target);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void visitPattern(AstPattern p) {
        if (p instanceof MatchAs m) {
            if (m.pattern != null) {
                visitPattern(m.pattern);
            }
            if (m.name != null) {
                addDef(m.name, DEF_LOCAL, m);
            }
        } else if (p instanceof MatchStar m) {
            if (m.name != null) {
                addDef(m.name, DEF_LOCAL, m);
            }
        } else if (p instanceof MatchMapping m) {
            visitExprs(m.keys);
            for (AstPattern q : m.patterns) {
                visitPattern(q);
            }
            if (m.rest != null) {
                addDef(m.rest, DEF_LOCAL, m);
            }
        } else {
            visitChildren(p);
        }
    }

    /** Visits every expression, statement and pattern below {@code node}, in field order. */
    private void visitChildren(Node node) {
        String[] fields = node.fieldNames();
        for (int i = 0; i < fields.length; i++) {
            visitValue(node.field(i));
        }
    }

    private void visitValue(Object v) {
        if (v instanceof AstExpr e) {
            visitExpr(e);
        } else if (v instanceof AstStmt s) {
            visitStmt(s);
        } else if (v instanceof AstPattern p) {
            visitPattern(p);
        } else if (v instanceof Keyword k) {
            visitExpr(k.value);
        } else if (v instanceof Withitem w) {
            visitExpr(w.contextExpr);
            if (w.optionalVars != null) {
                visitExpr(w.optionalVars);
            }
        } else if (v instanceof List<?> list) {
            for (Object o : list) {
                visitValue(o);
            }
        }
    }
}
