package org.matcha.modules.ast;

import org.matcha.ast.*;
import org.matcha.ast.Module;
import org.matcha.objects.Errors;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyException;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySet;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.vm.Interpreter;

/**
 * Checks a tree converted from Python objects before it is compiled: contexts, non-empty bodies,
 * None in lists, constant types, pattern shapes and position ranges, with CPython's messages.
 * CPython: Python/ast.c _PyAST_Validate.
 */
public final class AstValidator {
    private AstValidator() {}

    public static void validateMod(Node mod) {
        if (mod instanceof Module m) {
            stmts(m.body);
        } else if (mod instanceof Interactive i) {
            stmts(i.body);
        } else if (mod instanceof Expression e) {
            expr(e.body, Load.INSTANCE);
        } else if (mod instanceof FunctionType f) {
            exprs(f.argtypes, Load.INSTANCE, false);
            expr(f.returns, Load.INSTANCE);
        }
    }

    private static PyException error(String message) {
        return Errors.valueError(message);
    }

    /** CPython: VALIDATE_POSITIONS. */
    private static void positions(Node n) {
        if (n.lineno > n.endLineno) {
            throw error("AST node line range (" + n.lineno + ", " + n.endLineno + ") is not valid");
        }
        if ((n.lineno < 0 && n.endLineno != n.lineno) || (n.colOffset < 0 && n.colOffset != n.endColOffset)) {
            throw error("AST node column range (" + n.colOffset + ", " + n.endColOffset + ") for line range ("
                    + n.lineno + ", " + n.endLineno + ") is not valid");
        }
        if (n.lineno == n.endLineno && n.colOffset > n.endColOffset) {
            throw error("line " + n.lineno + ", column " + n.colOffset + "-" + n.endColOffset
                    + " is not a valid range");
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw error("identifier field can't represent '" + id + "' constant");
        }
    }

    private static void enter() {
        Interpreter.enterRecursive(" during compilation");
    }

    private static void leave() {
        Interpreter.leaveRecursive();
    }

    private static void stmts(java.util.List<AstStmt> body) {
        for (AstStmt s : body) {
            if (s == null) {
                throw error("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private static void exprs(java.util.List<AstExpr> list, AstExprContext ctx, boolean nullOk) {
        for (AstExpr e : list) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw error("None disallowed in expression list");
            }
        }
    }

    private static void nonEmpty(java.util.List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw error("empty " + what + " on " + owner);
        }
    }

    private static void body(java.util.List<AstStmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void optional(AstExpr e) {
        if (e != null) {
            expr(e, Load.INSTANCE);
        }
    }

    private static void comprehension(java.util.List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw error("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target, Store.INSTANCE);
            expr(c.iter, Load.INSTANCE);
            exprs(c.ifs, Load.INSTANCE, false);
        }
    }

    private static void keywords(java.util.List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value, Load.INSTANCE);
        }
    }

    private static void args(java.util.List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            optional(a.annotation);
        }
    }

    private static void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null) {
            optional(a.vararg.annotation);
        }
        args(a.kwonlyargs);
        if (a.kwarg != null) {
            optional(a.kwarg.annotation);
        }
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw error("more positional defaults than args on arguments");
        }
        if (a.kwDefaults.size() != a.kwonlyargs.size()) {
            throw error("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults, Load.INSTANCE, false);
        exprs(a.kwDefaults, Load.INSTANCE, true);
    }

    /** Java constant forms are valid; Python objects kept as they are must be of CPython's types. */
    private static void constant(Object value) {
        if (!(value instanceof PyObject v)) {
            return;
        }
        if (v.type() == PyComplex.TYPE || v.type() == PyStr.TYPE) {
            return;
        }
        if (v.type() == PyTuple.TYPE || v.type() == PySet.FROZEN_TYPE) {
            enter();
            try {
                for (PyObject item : org.matcha.objects.Abstract.toArray(v)) {
                    constant(PythonToAst.constant(item));
                }
            } finally {
                leave();
            }
            return;
        }
        throw Errors.typeError("got an invalid type in Constant: " + v.type().shortName());
    }

    private static String ctxName(AstExprContext ctx) {
        return ctx.typeName();
    }

    private static void expr(AstExpr e, AstExprContext ctx) {
        positions(e);
        enter();
        try {
            checkedExpr(e, ctx);
        } finally {
            leave();
        }
    }

    private static void checkedExpr(AstExpr e, AstExprContext ctx) {
        AstExprContext actual = null;
        if (e instanceof Attribute a) {
            actual = a.ctx;
        } else if (e instanceof Subscript s) {
            actual = s.ctx;
        } else if (e instanceof Starred s) {
            actual = s.ctx;
        } else if (e instanceof Name n) {
            name(n.id);
            actual = n.ctx;
        } else if (e instanceof List l) {
            actual = l.ctx;
        } else if (e instanceof Tuple t) {
            actual = t.ctx;
        } else if (!(ctx instanceof Load)) {
            throw error("expression which can't be assigned to in " + ctxName(ctx) + " context");
        }
        if (actual != null && actual != ctx) {
            throw error("expression must have " + ctxName(ctx) + " context but has " + ctxName(actual) + " instead");
        }
        AstExprContext load = Load.INSTANCE;
        if (e instanceof BoolOp b) {
            if (b.values.size() < 2) {
                throw error("BoolOp with less than 2 values");
            }
            exprs(b.values, load, false);
        } else if (e instanceof BinOp b) {
            expr(b.left, load);
            expr(b.right, load);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand, load);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            expr(l.body, load);
        } else if (e instanceof IfExp i) {
            expr(i.test, load);
            expr(i.body, load);
            expr(i.orelse, load);
        } else if (e instanceof Dict d) {
            if (d.keys.size() != d.values.size()) {
                throw error("Dict doesn't have the same number of keys as values");
            }
            exprs(d.keys, load, true);
            exprs(d.values, load, false);
        } else if (e instanceof Set s) {
            exprs(s.elts, load, false);
        } else if (e instanceof ListComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators);
            expr(c.key, load);
            expr(c.value, load);
        } else if (e instanceof Yield y) {
            optional(y.value);
        } else if (e instanceof YieldFrom y) {
            expr(y.value, load);
        } else if (e instanceof Await a) {
            expr(a.value, load);
        } else if (e instanceof Compare c) {
            if (c.comparators.isEmpty()) {
                throw error("Compare with no comparators");
            }
            if (c.comparators.size() != c.ops.size()) {
                throw error("Compare has a different number of comparators and operands");
            }
            exprs(c.comparators, load, false);
            expr(c.left, load);
        } else if (e instanceof Call c) {
            expr(c.func, load);
            exprs(c.args, load, false);
            keywords(c.keywords);
        } else if (e instanceof Constant c) {
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values, load, false);
        } else if (e instanceof FormattedValue f) {
            expr(f.value, load);
            optional(f.formatSpec);
        } else if (e instanceof Attribute a) {
            expr(a.value, load);
        } else if (e instanceof Subscript s) {
            expr(s.slice, load);
            expr(s.value, load);
        } else if (e instanceof Starred s) {
            expr(s.value, ctx);
        } else if (e instanceof Slice s) {
            optional(s.lower);
            optional(s.upper);
            optional(s.step);
        } else if (e instanceof List l) {
            exprs(l.elts, ctx, false);
        } else if (e instanceof Tuple t) {
            exprs(t.elts, ctx, false);
        } else if (e instanceof NamedExpr n) {
            if (!(n.target instanceof Name)) {
                throw Errors.typeError("NamedExpr target must be a Name");
            }
            expr(n.value, load);
        }
    }

    private static void withItems(java.util.List<Withitem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (Withitem w : items) {
            expr(w.contextExpr, Load.INSTANCE);
            if (w.optionalVars != null) {
                expr(w.optionalVars, Store.INSTANCE);
            }
        }
    }

    private static void tryStatement(java.util.List<AstStmt> body, java.util.List<AstExcepthandler> handlers,
            java.util.List<AstStmt> orelse, java.util.List<AstStmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw error(owner + " has orelse but no except handlers");
        }
        for (AstExcepthandler h : handlers) {
            ExceptHandler handler = (ExceptHandler) h;
            positions(handler);
            optional(handler.type);
            body(handler.body, "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void stmt(AstStmt s) {
        positions(s);
        enter();
        try {
            checkedStmt(s);
        } finally {
            leave();
        }
    }

    private static void checkedStmt(AstStmt s) {
        AstExprContext load = Load.INSTANCE;
        if (s instanceof FunctionDef f) {
            body(f.body, "FunctionDef");
            arguments(f.args);
            exprs(f.decoratorList, load, false);
            optional(f.returns);
        } else if (s instanceof AsyncFunctionDef f) {
            body(f.body, "AsyncFunctionDef");
            arguments(f.args);
            exprs(f.decoratorList, load, false);
            optional(f.returns);
        } else if (s instanceof ClassDef c) {
            body(c.body, "ClassDef");
            exprs(c.bases, load, false);
            keywords(c.keywords);
            exprs(c.decoratorList, load, false);
        } else if (s instanceof Return r) {
            optional(r.value);
        } else if (s instanceof Delete d) {
            nonEmpty(d.targets, "targets", "Delete");
            exprs(d.targets, Del.INSTANCE, false);
        } else if (s instanceof Assign a) {
            nonEmpty(a.targets, "targets", "Assign");
            exprs(a.targets, Store.INSTANCE, false);
            expr(a.value, load);
        } else if (s instanceof AugAssign a) {
            expr(a.target, Store.INSTANCE);
            expr(a.value, load);
        } else if (s instanceof AnnAssign a) {
            if (!(a.target instanceof Name) && a.simple != 0) {
                throw Errors.typeError("AnnAssign with simple non-Name target");
            }
            expr(a.target, Store.INSTANCE);
            optional(a.value);
            expr(a.annotation, load);
        } else if (s instanceof For f) {
            expr(f.target, Store.INSTANCE);
            expr(f.iter, load);
            body(f.body, "For");
            stmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            expr(f.target, Store.INSTANCE);
            expr(f.iter, load);
            body(f.body, "AsyncFor");
            stmts(f.orelse);
        } else if (s instanceof While w) {
            expr(w.test, load);
            body(w.body, "While");
            stmts(w.orelse);
        } else if (s instanceof If i) {
            expr(i.test, load);
            body(i.body, "If");
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items, "With");
            body(w.body, "With");
        } else if (s instanceof AsyncWith w) {
            withItems(w.items, "AsyncWith");
            body(w.body, "AsyncWith");
        } else if (s instanceof Match m) {
            expr(m.subject, load);
            nonEmpty(m.cases, "cases", "Match");
            for (MatchCase c : m.cases) {
                AstPatterns.pattern(c.pattern, false);
                optional(c.guard);
                body(c.body, "match_case");
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                expr(r.exc, load);
                optional(r.cause);
            } else if (r.cause != null) {
                throw error("Raise with cause but no exception");
            }
        } else if (s instanceof Try t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody, "Try");
        } else if (s instanceof TryStar t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody, "TryStar");
        } else if (s instanceof Assert a) {
            expr(a.test, load);
            optional(a.msg);
        } else if (s instanceof Import i) {
            nonEmpty(i.names, "names", "Import");
        } else if (s instanceof ImportFrom i) {
            if (i.level < 0) {
                throw error("Negative ImportFrom level");
            }
            nonEmpty(i.names, "names", "ImportFrom");
        } else if (s instanceof Global g) {
            nonEmpty(g.names, "names", "Global");
        } else if (s instanceof Nonlocal n) {
            nonEmpty(n.names, "names", "Nonlocal");
        } else if (s instanceof Expr x) {
            expr(x.value, load);
        }
    }

    /** Entry for pattern validation, which needs expression validation. */
    static void loadExpr(AstExpr e) {
        expr(e, Load.INSTANCE);
    }

    static void identifier(String id) {
        name(id);
    }

    static void checkPositions(Node n) {
        positions(n);
    }

    static PyException valueError(String message) {
        return error(message);
    }
}
