package org.matcha.compiler;

import java.util.List;
import org.matcha.ast.*;
import org.matcha.objects.Abstract;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * Expression AST back to source text, as the strings that {@code from __future__ import annotations}
 * stores for annotations (PEP 563). The parenthesisation follows CPython's C unparser, which differs
 * from Lib/ast.py's unparse (for example {@code C[*Ts,]} and {@code -2 ** 3}).
 * CPython: Python/ast_unparse.c (_PyAST_ExprAsUnicode).
 */
public final class AstUnparser {
    // Priority levels, lowest first. CPython: ast_unparse.c PR_*.
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;   // if-else, lambda
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AstUnparser() {
        // constants are written with their repr, which needs the builtin types even when the
        // compiler runs without an interpreter (the Freezer at build time)
        org.matcha.vm.Runtime.initTypes();
    }

    /** The source text of an annotation. CPython: _PyAST_ExprAsUnicode. */
    public static String unparse(AstExpr e) {
        return unparse(e, PR_TEST);
    }

    private static String unparse(AstExpr e, int level) {
        AstUnparser u = new AstUnparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            out.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            out.append(')');
        }
    }

    private void expr(AstExpr e, int level) {
        if (e instanceof BoolOp b) {
            boolean and = b.op instanceof And;
            int pr = and ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < b.values.size(); i++) {
                if (i > 0) {
                    out.append(and ? " and " : " or ");
                }
                expr(b.values.get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof BinOp b) {
            binOp(b, level);
        } else if (e instanceof UnaryOp u) {
            unaryOp(u, level);
        } else if (e instanceof Lambda l) {
            open(level > PR_TEST);
            out.append(l.args.args.size() + l.args.posonlyargs.size() > 0 ? "lambda " : "lambda");
            arguments(l.args);
            out.append(": ");
            expr(l.body, PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof IfExp i) {
            open(level > PR_TEST);
            expr(i.body, PR_TEST + 1);
            out.append(" if ");
            expr(i.test, PR_TEST + 1);
            out.append(" else ");
            expr(i.orelse, PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Dict d) {
            out.append('{');
            for (int i = 0; i < d.values.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                AstExpr key = d.keys.get(i);
                if (key != null) {
                    expr(key, PR_TEST);
                    out.append(": ");
                    expr(d.values.get(i), PR_TEST);
                } else {
                    out.append("**");
                    expr(d.values.get(i), PR_EXPR);
                }
            }
            out.append('}');
        } else if (e instanceof Set s) {
            sequence("{", s.elts, "}");
        } else if (e instanceof GeneratorExp g) {
            comprehension("(", g.elt, null, g.generators, ")");
        } else if (e instanceof ListComp c) {
            comprehension("[", c.elt, null, c.generators, "]");
        } else if (e instanceof SetComp c) {
            comprehension("{", c.elt, null, c.generators, "}");
        } else if (e instanceof DictComp c) {
            comprehension("{", c.key, c.value, c.generators, "}");
        } else if (e instanceof Yield y) {
            if (y.value == null) {
                out.append("(yield)");
            } else {
                out.append("(yield ");
                expr(y.value, PR_TEST);
                out.append(')');
            }
        } else if (e instanceof YieldFrom y) {
            out.append("(yield from ");
            expr(y.value, PR_TEST);
            out.append(')');
        } else if (e instanceof Await a) {
            open(level > PR_AWAIT);
            out.append("await ");
            expr(a.value, PR_ATOM);
            close(level > PR_AWAIT);
        } else if (e instanceof Compare c) {
            compare(c, level);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Constant c) {
            if (c.value == AstConstant.ELLIPSIS) {
                out.append("...");
                return;
            }
            if (c.kind != null) {
                out.append('u');
            }
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            joinedStr(j, false);
        } else if (e instanceof FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Attribute a) {
            expr(a.value, PR_ATOM);
            // an int needs a space before the period to stay an int literal
            out.append(a.value instanceof Constant k && isExactInt(k.value) ? " ." : ".");
            out.append(a.attr);
        } else if (e instanceof Subscript s) {
            expr(s.value, PR_ATOM);
            out.append('[');
            expr(s.slice, PR_TUPLE);
            out.append(']');
        } else if (e instanceof Starred s) {
            out.append('*');
            expr(s.value, PR_EXPR);
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                expr(s.lower, PR_TEST);
            }
            out.append(':');
            if (s.upper != null) {
                expr(s.upper, PR_TEST);
            }
            if (s.step != null) {
                out.append(':');
                expr(s.step, PR_TEST);
            }
        } else if (e instanceof Name n) {
            out.append(n.id);
        } else if (e instanceof org.matcha.ast.List l) {
            sequence("[", l.elts, "]");
        } else if (e instanceof Tuple t) {
            if (t.elts.isEmpty()) {
                out.append("()");
                return;
            }
            open(level > PR_TUPLE);
            for (int i = 0; i < t.elts.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expr(t.elts.get(i), PR_TEST);
            }
            if (t.elts.size() == 1) {
                out.append(',');
            }
            close(level > PR_TUPLE);
        } else if (e instanceof NamedExpr n) {
            open(level > PR_TUPLE);
            expr(n.target, PR_ATOM);
            out.append(":=");
            expr(n.value, PR_ATOM);
            close(level > PR_TUPLE);
        } else {
            throw new IllegalStateException("unknown expression kind " + e.typeName());
        }
    }

    private void sequence(String start, List<AstExpr> elts, String end) {
        out.append(start);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), PR_TEST);
        }
        out.append(end);
    }

    private void binOp(BinOp b, int level) {
        String op;
        int pr;
        AstOperator o = b.op;
        if (o instanceof Add) {
            op = " + "; pr = PR_ARITH;
        } else if (o instanceof Sub) {
            op = " - "; pr = PR_ARITH;
        } else if (o instanceof Mult) {
            op = " * "; pr = PR_TERM;
        } else if (o instanceof MatMult) {
            op = " @ "; pr = PR_TERM;
        } else if (o instanceof Div) {
            op = " / "; pr = PR_TERM;
        } else if (o instanceof Mod) {
            op = " % "; pr = PR_TERM;
        } else if (o instanceof LShift) {
            op = " << "; pr = PR_SHIFT;
        } else if (o instanceof RShift) {
            op = " >> "; pr = PR_SHIFT;
        } else if (o instanceof BitOr) {
            op = " | "; pr = PR_BOR;
        } else if (o instanceof BitXor) {
            op = " ^ "; pr = PR_BXOR;
        } else if (o instanceof BitAnd) {
            op = " & "; pr = PR_BAND;
        } else if (o instanceof FloorDiv) {
            op = " // "; pr = PR_TERM;
        } else {
            op = " ** "; pr = PR_POWER;
        }
        // '**' is right-associative: its left operand binds tighter, the others' right one does
        int rassoc = o instanceof Pow ? 1 : 0;
        open(level > pr);
        expr(b.left, pr + rassoc);
        out.append(op);
        expr(b.right, pr + 1 - rassoc);
        close(level > pr);
    }

    private void unaryOp(UnaryOp u, int level) {
        String op;
        int pr;
        if (u.op instanceof Invert) {
            op = "~"; pr = PR_FACTOR;
        } else if (u.op instanceof Not) {
            op = "not "; pr = PR_NOT;
        } else if (u.op instanceof UAdd) {
            op = "+"; pr = PR_FACTOR;
        } else {
            op = "-"; pr = PR_FACTOR;
        }
        open(level > pr);
        out.append(op);
        expr(u.operand, pr);
        close(level > pr);
    }

    private void compare(Compare c, int level) {
        open(level > PR_CMP);
        expr(c.left, PR_CMP + 1);
        for (int i = 0; i < c.comparators.size(); i++) {
            AstCmpop o = c.ops.get(i);
            String op = o instanceof Eq ? " == " : o instanceof NotEq ? " != " : o instanceof Lt ? " < "
                    : o instanceof LtE ? " <= " : o instanceof Gt ? " > " : o instanceof GtE ? " >= "
                    : o instanceof Is ? " is " : o instanceof IsNot ? " is not " : o instanceof In ? " in "
                    : " not in ";
            out.append(op);
            expr(c.comparators.get(i), PR_CMP + 1);
        }
        close(level > PR_CMP);
    }

    private void arg(Arg a) {
        out.append(a.arg);
        if (a.annotation != null) {
            out.append(": ");
            expr(a.annotation, PR_TEST);
        }
    }

    /** CPython: append_ast_args. */
    private void arguments(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs.size();
        int count = args.args.size();
        int defaults = args.defaults.size();
        for (int i = 0; i < posonly + count; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(i < posonly ? args.posonlyargs.get(i) : args.args.get(i - posonly));
            int di = i - posonly - count + defaults;
            if (di >= 0) {
                out.append('=');
                expr(args.defaults.get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                out.append(", /");
            }
        }
        if (args.vararg != null || !args.kwonlyargs.isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (args.vararg != null) {
                arg(args.vararg);
            }
        }
        int kwCount = args.kwonlyargs.size();
        int kwDefaults = args.kwDefaults.size();
        for (int i = 0; i < kwCount; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(args.kwonlyargs.get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kwDefaults.get(di) != null) {
                out.append('=');
                expr(args.kwDefaults.get(di), PR_TEST);
            }
        }
        if (args.kwarg != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**");
            arg(args.kwarg);
        }
    }

    private void comprehension(String start, AstExpr elt, AstExpr value, List<Comprehension> generators,
            String end) {
        out.append(start);
        expr(elt, PR_TEST);
        if (value != null) {
            out.append(": ");
            expr(value, PR_TEST);
        }
        for (Comprehension g : generators) {
            out.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, PR_TUPLE);
            out.append(" in ");
            expr(g.iter, PR_TEST + 1);
            for (AstExpr cond : g.ifs) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
        out.append(end);
    }

    /** CPython: append_ast_call; a lone generator expression argument keeps only its own parentheses. */
    private void call(Call c) {
        expr(c.func, PR_ATOM);
        if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (AstExpr a : c.args) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (k.arg == null) {
                out.append("**");
            } else {
                out.append(k.arg).append('=');
            }
            expr(k.value, PR_TEST);
        }
        out.append(')');
    }

    // ---- constants ----

    private static boolean isExactInt(Object v) {
        return v instanceof Long || v instanceof java.math.BigInteger
                || (v instanceof PyObject p && p.type() == PyInt.TYPE);
    }

    /** CPython: append_ast_constant; a tuple constant (from an AST object) shows each item's repr. */
    private void constant(Object value) {
        PyObject v = CompilerBase.constant(value);
        if (v instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            out.append('(');
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                repr(t.items[i]);
            }
            if (t.items.length == 1) {
                out.append(',');
            }
            out.append(')');
            return;
        }
        repr(v);
    }

    /** CPython: append_repr; infinite floats become 1e309 so the text reads back as the same value. */
    private void repr(PyObject v) {
        String r = Abstract.repr(v).value;
        if (v.type() == PyFloat.TYPE || v.type() == PyComplex.TYPE) {
            r = r.replace("inf", "1e309");
        }
        out.append(r);
    }

    // ---- f-strings ----

    /** CPython: append_joinedstr; the body is built first so it can be quoted as one repr. */
    private void joinedStr(JoinedStr j, boolean formatSpec) {
        String body = fstringBody(j.values, formatSpec);
        if (formatSpec) {
            out.append(body);
        } else {
            out.append('f');
            out.append(Abstract.repr(PyStr.of(body)).value);
        }
    }

    private static String fstringBody(List<AstExpr> values, boolean formatSpec) {
        AstUnparser u = new AstUnparser();
        for (AstExpr v : values) {
            u.fstringElement(v, formatSpec);
        }
        return u.out.toString();
    }

    private void fstringElement(AstExpr e, boolean formatSpec) {
        if (e instanceof Constant c) {
            String s = ((PyStr) CompilerBase.constant(c.value)).value;
            out.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof JoinedStr j) {
            joinedStr(j, formatSpec);
        } else if (e instanceof FormattedValue f) {
            formattedValue(f);
        } else {
            throw new IllegalStateException("unknown expression kind inside f-string");
        }
    }

    /** CPython: append_formattedvalue; PR_TEST + 1 puts a lambda (with its ':') in parentheses. */
    private void formattedValue(FormattedValue f) {
        String value = unparse(f.value, PR_TEST + 1);
        out.append(value.startsWith("{") ? "{ " : "{");
        out.append(value);
        if (f.conversion > 0) {
            out.append('!').append((char) f.conversion);
        }
        if (f.formatSpec != null) {
            out.append(':');
            fstringElement(f.formatSpec, true);
        }
        out.append('}');
    }
}
