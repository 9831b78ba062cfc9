package org.matcha.modules.ast;

import org.matcha.ast.*;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyObject;
import org.matcha.vm.Interpreter;

/** Validation of match patterns. CPython: Python/ast.c validate_pattern, validate_pattern_match_value. */
final class AstPatterns {
    private AstPatterns() {}

    static void pattern(AstPattern p, boolean starOk) {
        AstValidator.checkPositions(p);
        Interpreter.enterRecursive(" during compilation");
        try {
            checked(p, starOk);
        } finally {
            Interpreter.leaveRecursive();
        }
    }

    private static void patterns(java.util.List<AstPattern> list, boolean starOk) {
        for (AstPattern p : list) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw AstValidator.valueError("can't capture name '_' in patterns");
        }
        AstValidator.identifier(name);
    }

    private static void checked(AstPattern p, boolean starOk) {
        if (p instanceof MatchValue v) {
            matchValue(v.value);
        } else if (p instanceof MatchSingleton s) {
            if (s.value != null && !(s.value instanceof Boolean)) {
                throw AstValidator.valueError("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof MatchSequence s) {
            patterns(s.patterns, true);
        } else if (p instanceof MatchMapping m) {
            if (m.keys.size() != m.patterns.size()) {
                throw AstValidator.valueError("MatchMapping doesn't have the same number of keys as patterns");
            }
            if (m.rest != null) {
                capture(m.rest);
            }
            for (AstExpr key : m.keys) {
                if (key instanceof Constant c && (c.value == null || c.value instanceof Boolean)) {
                    continue;
                }
                matchValue(key);
            }
            patterns(m.patterns, false);
        } else if (p instanceof MatchClass c) {
            if (c.kwdAttrs.size() != c.kwdPatterns.size()) {
                throw AstValidator.valueError(
                        "MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            AstValidator.loadExpr(c.cls);
            AstExpr cls = c.cls;
            while (!(cls instanceof Name)) {
                if (cls instanceof Attribute a) {
                    cls = a.value;
                } else {
                    throw AstValidator.valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
            }
            for (String attr : c.kwdAttrs) {
                AstValidator.identifier(attr);
            }
            patterns(c.patterns, false);
            patterns(c.kwdPatterns, false);
        } else if (p instanceof MatchStar s) {
            if (!starOk) {
                throw AstValidator.valueError("can't use MatchStar here");
            }
            if (s.name != null) {
                capture(s.name);
            }
        } else if (p instanceof MatchAs a) {
            if (a.name != null) {
                capture(a.name);
            }
            if (a.pattern != null) {
                if (a.name == null) {
                    throw AstValidator.valueError("MatchAs must specify a target name if a pattern is given");
                }
                pattern(a.pattern, false);
            }
        } else if (p instanceof MatchOr o) {
            if (o.patterns.size() < 2) {
                throw AstValidator.valueError("MatchOr requires at least 2 patterns");
            }
            patterns(o.patterns, false);
        }
    }

    private static boolean isNumber(Object v, boolean real, boolean imaginary) {
        return (real && (v instanceof Double || v instanceof Long || v instanceof java.math.BigInteger))
                || (imaginary && (v instanceof AstConstant.Imaginary
                        || v instanceof PyObject o && o.type() == PyComplex.TYPE));
    }

    private static boolean negative(AstExpr e, boolean real, boolean imaginary) {
        return e instanceof UnaryOp u && u.op instanceof USub && u.operand instanceof Constant c
                && isNumber(c.value, real, imaginary);
    }

    private static boolean complexLiteral(BinOp b) {
        if (!(b.op instanceof Add) && !(b.op instanceof Sub)) {
            return false;
        }
        boolean left = b.left instanceof Constant c ? isNumber(c.value, true, false) : negative(b.left, true, false);
        return left && b.right instanceof Constant r && isNumber(r.value, false, true);
    }

    private static void matchValue(AstExpr e) {
        AstValidator.loadExpr(e);
        if (e instanceof Constant c) {
            Object v = c.value;
            if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double || v instanceof byte[]
                    || v instanceof String || v instanceof AstConstant.Imaginary || v instanceof PyObject) {
                if (!(v instanceof PyObject o) || o.type() == PyComplex.TYPE
                        || o.type() == org.matcha.objects.PyStr.TYPE) {
                    return;
                }
            }
            throw AstValidator.valueError("unexpected constant inside of a literal pattern");
        }
        if (e instanceof Attribute || e instanceof JoinedStr) {
            return;
        }
        if (e instanceof UnaryOp && negative(e, true, true)) {
            return;
        }
        if (e instanceof BinOp b && complexLiteral(b)) {
            return;
        }
        throw AstValidator.valueError("patterns may only match literals and attribute lookups");
    }
}
