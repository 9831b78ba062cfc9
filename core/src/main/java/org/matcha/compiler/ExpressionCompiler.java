package org.matcha.compiler;

import static org.matcha.bytecode.Opcode.*;

import java.util.List;
import org.matcha.ast.*;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/** Expressions, calls, comprehensions, lambdas and function objects. CPython: Python/compile.c compiler_visit_expr1. */
abstract class ExpressionCompiler extends CompilerBase {
    ExpressionCompiler(String filename, String source, Scope top) {
        super(filename, source, top);
    }

    abstract void visitStmts(List<AstStmt> body);

    static int binaryOpIndex(AstOperator op) {
        if (op instanceof Add) return 0;
        if (op instanceof BitAnd) return 1;
        if (op instanceof FloorDiv) return 2;
        if (op instanceof LShift) return 3;
        if (op instanceof MatMult) return 4;
        if (op instanceof Mult) return 5;
        if (op instanceof Mod) return 6;
        if (op instanceof BitOr) return 7;
        if (op instanceof Pow) return 8;
        if (op instanceof RShift) return 9;
        if (op instanceof Sub) return 10;
        if (op instanceof Div) return 11;
        return 12;
    }

    void visitExprs(List<AstExpr> exprs) {
        for (AstExpr e : exprs) {
            visitExpr(e);
        }
    }

    /** Expression nesting, for the host stack check (the symbol table already bounded it). */
    private int exprNesting;

    void visitExpr(AstExpr e) {
        if ((++exprNesting & 15) == 0 && org.matcha.vm.Interpreter.nativeStackLowNow()) {
            throw new Compiler.TooDeep();
        }
        try {
            visitExprAt(e);
        } finally {
            exprNesting--;
        }
    }

    private void visitExprAt(AstExpr e) {
        int line = b.line;
        int endLine = b.endLine;
        int col = b.col;
        int endCol = b.endCol;
        setLocation(e);
        visitExpr1(e);
        b.line = line;
        b.endLine = endLine;
        b.col = col;
        b.endCol = endCol;
    }

    private void visitExpr1(AstExpr e) {
        if (e instanceof Constant c) {
            loadConst(constant(c.value));
        } else if (e instanceof Name n) {
            nameOp(n.id, n.ctx instanceof Load ? Ctx.LOAD : n.ctx instanceof Store ? Ctx.STORE : Ctx.DEL);
        } else if (e instanceof BinOp bo) {
            visitExpr(bo.left);
            visitExpr(bo.right);
            setLocation(e);
            b.emit(BINARY_OP, binaryOpIndex(bo.op));
        } else if (e instanceof UnaryOp uo) {
            visitExpr(uo.operand);
            setLocation(e);
            AstUnaryop op = uo.op;
            b.emit(op instanceof USub ? UNARY_NEGATIVE : op instanceof UAdd ? UNARY_POSITIVE
                    : op instanceof Invert ? UNARY_INVERT : UNARY_NOT);
        } else if (e instanceof BoolOp bo) {
            CodeBuilder.Label end = b.newLabel();
            int jump = bo.op instanceof And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            for (int i = 0; i < bo.values.size() - 1; i++) {
                visitExpr(bo.values.get(i));
                b.emitJump(jump, end);
            }
            visitExpr(bo.values.get(bo.values.size() - 1));
            b.mark(end);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Attribute a) {
            if (a.ctx instanceof Store) {
                checkForbiddenName(a.attr, Ctx.STORE);
            }
            if (a.ctx instanceof Load) {
                visitExpr(a.value);
                setLocation(e);
                b.emit(LOAD_ATTR, addName(mangle(a.attr)));
            } else if (a.ctx instanceof Del) {
                visitExpr(a.value);
                setLocation(e);
                b.emit(DELETE_ATTR, addName(mangle(a.attr)));
            } else {
                visitExpr(a.value);
                setLocation(e);
                b.emit(STORE_ATTR, addName(mangle(a.attr)));
            }
        } else if (e instanceof Subscript s) {
            if (s.ctx instanceof Load) {
                checkSubscripter(s);
                checkIndex(s);
            }
            visitExpr(s.value);
            visitSlice(s.slice);
            setLocation(e);
            b.emit(s.ctx instanceof Load ? BINARY_SUBSCR : s.ctx instanceof Store ? STORE_SUBSCR : DELETE_SUBSCR);
        } else if (e instanceof Tuple t) {
            if (t.ctx instanceof Store) {
                unpackTargets(t.elts, e);
            } else if (t.ctx instanceof Del) {
                for (AstExpr x : t.elts) {
                    visitExpr(x);
                }
            } else {
                sequence(t.elts, BUILD_TUPLE, true);
            }
        } else if (e instanceof org.matcha.ast.List l) {
            if (l.ctx instanceof Store) {
                unpackTargets(l.elts, e);
            } else if (l.ctx instanceof Del) {
                for (AstExpr x : l.elts) {
                    visitExpr(x);
                }
            } else {
                sequence(l.elts, BUILD_LIST, false);
            }
        } else if (e instanceof org.matcha.ast.Set s) {
            setDisplay(s.elts);
        } else if (e instanceof Dict d) {
            dictDisplay(d);
        } else if (e instanceof IfExp ie) {
            CodeBuilder.Label orelse = b.newLabel();
            CodeBuilder.Label end = b.newLabel();
            jumpIf(ie.test, orelse, false);
            visitExpr(ie.body);
            b.emitJump(JUMP, end);
            b.mark(orelse);
            visitExpr(ie.orelse);
            b.mark(end);
        } else if (e instanceof NamedExpr ne) {
            visitExpr(ne.value);
            b.emit(COPY, 1);
            visitExpr(ne.target);
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof JoinedStr js) {
            if (js.values.isEmpty()) {
                loadConst(PyStr.EMPTY);
            } else {
                for (AstExpr v : js.values) {
                    visitExpr(v);
                }
                if (js.values.size() > 1) {
                    b.emit(BUILD_STRING, js.values.size());
                }
            }
        } else if (e instanceof FormattedValue fv) {
            visitExpr(fv.value);
            int conv = fv.conversion == 's' ? 1 : fv.conversion == 'r' ? 2 : fv.conversion == 'a' ? 3 : 0;
            if (fv.formatSpec != null) {
                visitExpr(fv.formatSpec);
                conv |= 4;
            }
            b.emit(FORMAT_VALUE, conv);
        } else if (e instanceof ListComp lc) {
            comprehension(e, lc.generators, lc.elt, null, BUILD_LIST);
        } else if (e instanceof SetComp sc) {
            comprehension(e, sc.generators, sc.elt, null, BUILD_SET);
        } else if (e instanceof DictComp dc) {
            comprehension(e, dc.generators, dc.key, dc.value, BUILD_MAP);
        } else if (e instanceof GeneratorExp ge) {
            comprehension(e, ge.generators, ge.elt, null, -1);
        } else if (e instanceof Yield y) {
            if (u.scope.kind != Scope.Kind.FUNCTION) {
                throw error("'yield' outside function", e);
            }
            if (y.value != null) {
                visitExpr(y.value);
            } else {
                loadConst(PyNone.NONE);
            }
            setLocation(e);
            if (u.scope.isGenerator && u.scope.isCoroutine) {
                b.emit(ASYNC_GEN_WRAP);
            }
            b.emit(YIELD_VALUE);
        } else if (e instanceof YieldFrom yf) {
            if (u.scope.kind != Scope.Kind.FUNCTION) {
                throw error("'yield' outside function", e);
            }
            if ((u.flags & PyCode.CO_COROUTINE) != 0) {
                throw error("'yield from' inside async function", e);
            }
            visitExpr(yf.value);
            setLocation(e);
            b.emit(GET_YIELD_FROM_ITER);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        } else if (e instanceof Await a) {
            if (u.scope.kind != Scope.Kind.FUNCTION && !interactive && !topLevelAwaitHere()) {
                throw error("'await' outside function", e);
            }
            if (u.scope.kind == Scope.Kind.FUNCTION && !u.scope.isComprehension
                    && !(u.scope.node instanceof org.matcha.ast.AsyncFunctionDef)) {
                throw error("'await' outside async function", e); // CPython: compiler_visit_expr1
            }
            visitExpr(a.value);
            setLocation(e);
            b.emit(GET_AWAITABLE, 0);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        } else if (e instanceof Starred s) {
            if (s.ctx instanceof Store) {
                throw error("starred assignment target must be in a list or tuple", e);
            }
            throw error("can't use starred expression here", e);
        } else if (e instanceof Slice s) {
            visitSlice(s);
        } else {
            throw error("unsupported expression " + e.typeName(), e);
        }
    }

    /** [receiver, value] → the result of yield from / await. CPython 3.11: the SEND loop. */
    void yieldFromLoop() {
        CodeBuilder.Label send = b.newLabel();
        CodeBuilder.Label exit = b.newLabel();
        b.mark(send);
        b.emitJump(SEND, exit);
        b.emit(YIELD_VALUE);
        b.emitJump(JUMP, send);
        b.mark(exit);
    }

    void visitSlice(AstExpr s) {
        if (s instanceof Slice sl) {
            int n = 2;
            if (sl.lower != null) {
                visitExpr(sl.lower);
            } else {
                loadConst(PyNone.NONE);
            }
            if (sl.upper != null) {
                visitExpr(sl.upper);
            } else {
                loadConst(PyNone.NONE);
            }
            if (sl.step != null) {
                visitExpr(sl.step);
                n = 3;
            }
            b.emit(BUILD_SLICE, n);
        } else {
            visitExpr(s);
        }
    }

    private static boolean hasStarred(List<AstExpr> elts) {
        for (AstExpr x : elts) {
            if (x instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** A list or tuple display, with * unpacking. CPython: starunpack_helper. */
    void sequence(List<AstExpr> elts, int buildOp, boolean tuple) {
        if (!hasStarred(elts)) {
            if (tuple && !elts.isEmpty() && allConstant(elts)) {
                PyObject[] items = new PyObject[elts.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant(((Constant) elts.get(i)).value);
                }
                loadConst(PyTuple.of(items));
                return;
            }
            visitExprs(elts);
            b.emit(buildOp, elts.size());
            return;
        }
        int pending = 0;
        boolean built = false;
        for (AstExpr x : elts) {
            if (x instanceof Starred s) {
                if (!built) {
                    b.emit(BUILD_LIST, pending);
                    built = true;
                } else if (pending > 0) {
                    b.emit(BUILD_LIST, pending);
                    b.emit(LIST_EXTEND, 1);
                }
                pending = 0;
                visitExpr(s.value);
                b.emit(LIST_EXTEND, 1);
            } else {
                visitExpr(x);
                if (built) {
                    b.emit(LIST_APPEND, 1);
                } else {
                    pending++;
                }
            }
        }
        if (tuple) {
            b.emit(LIST_TO_TUPLE);
        }
    }

    private static boolean allConstant(List<AstExpr> elts) {
        for (AstExpr x : elts) {
            if (!(x instanceof Constant)) {
                return false;
            }
        }
        return true;
    }

    private void setDisplay(List<AstExpr> elts) {
        if (!hasStarred(elts)) {
            visitExprs(elts);
            b.emit(BUILD_SET, elts.size());
            return;
        }
        b.emit(BUILD_SET, 0);
        for (AstExpr x : elts) {
            if (x instanceof Starred s) {
                visitExpr(s.value);
                b.emit(SET_UPDATE, 1);
            } else {
                visitExpr(x);
                b.emit(SET_ADD, 1);
            }
        }
    }

    private void dictDisplay(Dict d) {
        int n = d.values.size();
        boolean plain = true;
        for (AstExpr k : d.keys) {
            if (k == null) {
                plain = false;
            }
        }
        if (plain && n <= 16) {
            for (int i = 0; i < n; i++) {
                visitExpr(d.keys.get(i));
                visitExpr(d.values.get(i));
            }
            b.emit(BUILD_MAP, n);
            return;
        }
        b.emit(BUILD_MAP, 0);
        for (int i = 0; i < n; i++) {
            AstExpr k = d.keys.get(i);
            if (k == null) {
                visitExpr(d.values.get(i));
                b.emit(DICT_UPDATE, 1);
            } else {
                visitExpr(k);
                visitExpr(d.values.get(i));
                b.emit(MAP_ADD, 1);
            }
        }
    }

    private static boolean isArgOk(AstExpr e) {
        if (!(e instanceof Constant c)) {
            return !foldsToConstant(e);
        }
        return c.value == null || c.value instanceof Boolean || c.value == AstConstant.ELLIPSIS;
    }

    /**
     * Whether CPython's AST optimizer turns the expression into a constant before the compiler
     * looks at it (tuples of constants, arithmetic on numbers). CPython: Python/ast_opt.c.
     */
    private static boolean foldsToConstant(AstExpr e) {
        if (e instanceof Constant) {
            return true;
        }
        if (e instanceof Tuple t && t.ctx instanceof Load) {
            for (AstExpr x : t.elts) {
                if (!foldsToConstant(x)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof UnaryOp u && (u.op instanceof USub || u.op instanceof UAdd || u.op instanceof Invert)) {
            return isNumber(u.operand) && !(u.op instanceof Invert && isFloatLike(u.operand));
        }
        if (e instanceof BinOp bo && (bo.op instanceof Add || bo.op instanceof Sub || bo.op instanceof Mult)) {
            return isNumber(bo.left) && isNumber(bo.right);
        }
        return false;
    }

    private static boolean isNumber(AstExpr e) {
        if (e instanceof Constant c) {
            Object v = c.value;
            return v instanceof Long || v instanceof java.math.BigInteger || v instanceof Boolean
                    || v instanceof Double || v instanceof AstConstant.Imaginary;
        }
        return (e instanceof UnaryOp || e instanceof BinOp) && foldsToConstant(e);
    }

    private static boolean isFloatLike(AstExpr e) {
        return e instanceof Constant c && (c.value instanceof Double || c.value instanceof AstConstant.Imaginary);
    }

    /** CPython: check_compare (SyntaxWarning for "is" with a literal). */
    private void checkCompare(Compare c) {
        AstExpr left = c.left;
        boolean leftOk = isArgOk(left);
        for (int i = 0; i < c.ops.size(); i++) {
            AstCmpop op = c.ops.get(i);
            AstExpr right = c.comparators.get(i);
            boolean rightOk = isArgOk(right);
            if ((op instanceof Is || op instanceof IsNot) && (!leftOk || !rightOk)) {
                warn(op instanceof Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            leftOk = rightOk;
        }
    }

    /** Chained comparisons. CPython: compiler_compare. */
    private void compare(Compare c) {
        checkCompare(c);
        visitExpr(c.left);
        int n = c.ops.size();
        if (n == 1) {
            visitExpr(c.comparators.get(0));
            setLocation(c);
            compareOp(c.ops.get(0));
            return;
        }
        CodeBuilder.Label cleanup = b.newLabel();
        CodeBuilder.Label end = b.newLabel();
        for (int i = 0; i < n - 1; i++) {
            visitExpr(c.comparators.get(i));
            b.emit(SWAP, 2);
            b.emit(COPY, 2);
            setLocation(c);
            compareOp(c.ops.get(i));
            b.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitExpr(c.comparators.get(n - 1));
        setLocation(c);
        compareOp(c.ops.get(n - 1));
        b.emitJump(JUMP, end);
        b.mark(cleanup);
        b.emit(SWAP, 2);
        b.emit(POP_TOP);
        b.mark(end);
    }

    void compareOp(AstCmpop op) {
        if (op instanceof Lt) {
            b.emit(COMPARE_OP, 0);
        } else if (op instanceof LtE) {
            b.emit(COMPARE_OP, 1);
        } else if (op instanceof Eq) {
            b.emit(COMPARE_OP, 2);
        } else if (op instanceof NotEq) {
            b.emit(COMPARE_OP, 3);
        } else if (op instanceof Gt) {
            b.emit(COMPARE_OP, 4);
        } else if (op instanceof GtE) {
            b.emit(COMPARE_OP, 5);
        } else if (op instanceof Is) {
            b.emit(IS_OP, 0);
        } else if (op instanceof IsNot) {
            b.emit(IS_OP, 1);
        } else if (op instanceof In) {
            b.emit(CONTAINS_OP, 0);
        } else {
            b.emit(CONTAINS_OP, 1);
        }
    }

    /** Jumps to {@code target} when the condition's truth equals {@code cond}. CPython: compiler_jump_if. */
    void jumpIf(AstExpr e, CodeBuilder.Label target, boolean cond) {
        if (e instanceof UnaryOp uo && uo.op instanceof Not) {
            jumpIf(uo.operand, target, !cond);
            return;
        }
        if (e instanceof BoolOp bo) {
            boolean isOr = bo.op instanceof Or;
            CodeBuilder.Label next = cond != isOr ? b.newLabel() : target;
            for (int i = 0; i < bo.values.size() - 1; i++) {
                jumpIf(bo.values.get(i), next, isOr);
            }
            jumpIf(bo.values.get(bo.values.size() - 1), target, cond);
            if (next != target) {
                b.mark(next);
            }
            return;
        }
        visitExpr(e);
        // the jump (and the __bool__ it may call) keeps the enclosing statement's or expression's
        // location, as in CPython 3.11's compiler_jump_if
        b.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    }

    // ---- calls ----

    private static boolean hasStarArgs(Call c) {
        for (AstExpr a : c.args) {
            if (a instanceof Starred) {
                return true;
            }
        }
        for (Keyword k : c.keywords) {
            if (k.arg == null) {
                return true;
            }
        }
        return false;
    }

    /** The type an expression surely has, or null. CPython: compile.c infer_type. */
    private static String inferType(AstExpr e) {
        if (e instanceof Tuple) {
            return "tuple";
        } else if (e instanceof org.matcha.ast.List || e instanceof ListComp) {
            return "list";
        } else if (e instanceof Dict || e instanceof DictComp) {
            return "dict";
        } else if (e instanceof org.matcha.ast.Set || e instanceof SetComp) {
            return "set";
        } else if (e instanceof GeneratorExp) {
            return "generator";
        } else if (e instanceof Lambda) {
            return "function";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "str";
        } else if (e instanceof Constant c) {
            return constant(c.value).type().name;
        }
        return null;
    }

    /** CPython: check_caller — calling a display or literal is surely a missed comma. */
    private void checkCaller(Call c) {
        AstExpr f = c.func;
        if (f instanceof Constant || f instanceof Tuple || f instanceof org.matcha.ast.List || f instanceof ListComp
                || f instanceof Dict || f instanceof DictComp || f instanceof org.matcha.ast.Set
                || f instanceof SetComp || f instanceof GeneratorExp || f instanceof JoinedStr
                || f instanceof FormattedValue) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", c);
        }
    }

    /** CPython: check_subscripter. */
    private void checkSubscripter(Subscript s) {
        AstExpr v = s.value;
        boolean warn;
        if (v instanceof Constant k) {
            Object x = k.value;
            warn = x == null || x == AstConstant.ELLIPSIS || x instanceof Long || x instanceof java.math.BigInteger
                    || x instanceof Boolean || x instanceof Double || x instanceof AstConstant.Imaginary;
            if (x instanceof org.matcha.objects.PyObject p) {
                String t = p.type().name;
                warn = t.equals("complex") || t.equals("frozenset") || t.equals("set");
            }
        } else {
            warn = v instanceof org.matcha.ast.Set || v instanceof SetComp || v instanceof GeneratorExp
                    || v instanceof Lambda;
        }
        if (warn) {
            warn("'" + inferType(v) + "' object is not subscriptable; perhaps you missed a comma?", s);
        }
    }

    /** CPython: check_index — a sequence literal indexed by something that is surely not an index. */
    private void checkIndex(Subscript s) {
        String index = s.slice instanceof Slice ? null : inferType(s.slice);
        if (index == null || index.equals("int") || index.equals("bool")) {
            return;
        }
        AstExpr v = s.value;
        boolean warn;
        if (v instanceof Constant k) {
            Object x = k.value;
            warn = x instanceof String || x instanceof CodePoints || x instanceof byte[]
                    || (x instanceof org.matcha.objects.PyObject p && p.type().isSubtype(PyTuple.TYPE));
        } else {
            warn = v instanceof Tuple || v instanceof org.matcha.ast.List || v instanceof ListComp
                    || v instanceof JoinedStr || v instanceof FormattedValue;
        }
        if (warn) {
            warn(inferType(v) + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?", s);
        }
    }

    void call(Call c) {
        checkCaller(c);
        if (c.func instanceof Attribute a && a.ctx instanceof Load && !hasStarArgs(c)) {
            visitExpr(a.value);
            setLocation(a);
            b.emit(LOAD_METHOD, addName(mangle(a.attr)));
            callArgs(c, c.args, c.keywords, 0);
            return;
        }
        visitExpr(c.func);
        b.emit(PUSH_NULL);
        callArgs(c, c.args, c.keywords, 0);
    }

    /** Arguments then CALL (or CALL_FUNCTION_EX with * and **); {@code extra} values are already pushed. */
    /** CPython: compiler_check_debug_args — no parameter may be called __debug__. */
    void checkDebugArgs(Arguments args) {
        for (List<Arg> list : List.of(args.posonlyargs, args.args, args.kwonlyargs)) {
            for (Arg a : list) {
                checkForbiddenName(a.arg, Ctx.STORE);
            }
        }
        if (args.vararg != null) {
            checkForbiddenName(args.vararg.arg, Ctx.STORE);
        }
        if (args.kwarg != null) {
            checkForbiddenName(args.kwarg.arg, Ctx.STORE);
        }
    }

    /** CPython: validate_keywords — no keyword named __debug__, none repeated. */
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg;
            if (name == null) {
                continue;
            }
            checkForbiddenName(name, Ctx.STORE);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (name.equals(other.arg)) {
                    throw error("keyword argument repeated: " + name, other);
                }
            }
        }
    }

    void callArgs(Node at, List<AstExpr> args, List<Keyword> keywords, int extra) {
        validateKeywords(keywords);
        boolean star = false;
        for (AstExpr a : args) {
            star |= a instanceof Starred;
        }
        for (Keyword k : keywords) {
            star |= k.arg == null;
        }
        if (!star) {
            visitExprs(args);
            if (!keywords.isEmpty()) {
                PyObject[] names = new PyObject[keywords.size()];
                for (int i = 0; i < names.length; i++) {
                    Keyword k = keywords.get(i);
                    visitExpr(k.value);
                    names[i] = PyStr.of(k.arg);
                }
                setLocation(at);
                b.emit(KW_NAMES, addConst(PyTuple.of(names)));
            }
            setLocation(at);
            b.emit(CALL, extra + args.size() + keywords.size());
            return;
        }
        // f(*a, **k): a tuple of positionals and a dict of keywords
        if (extra > 0) {
            b.emit(BUILD_LIST, extra);
            for (AstExpr a : args) {
                if (a instanceof Starred s) {
                    visitExpr(s.value);
                    b.emit(LIST_EXTEND, 1);
                } else {
                    visitExpr(a);
                    b.emit(LIST_APPEND, 1);
                }
            }
            b.emit(LIST_TO_TUPLE);
        } else if (args.size() == 1 && args.get(0) instanceof Starred only) {
            // CPython: compiler_call_helper passes a lone *x as is; CALL_FUNCTION_EX makes the tuple
            visitExpr(only.value);
        } else {
            sequence(args, BUILD_TUPLE, true);
        }
        boolean hasKw = !keywords.isEmpty();
        if (hasKw) {
            // plain keywords are grouped into dicts; every group and ** mapping merges with duplicate checks
            boolean haveDict = false;
            int i = 0;
            while (i < keywords.size()) {
                Keyword k = keywords.get(i);
                if (k.arg == null) {
                    if (!haveDict) {
                        b.emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(k.value);
                    b.emit(DICT_MERGE, 1);
                    i++;
                    continue;
                }
                int j = i;
                while (j < keywords.size() && keywords.get(j).arg != null) {
                    loadConst(PyStr.of(keywords.get(j).arg));
                    visitExpr(keywords.get(j).value);
                    j++;
                }
                b.emit(BUILD_MAP, j - i);
                if (haveDict) {
                    b.emit(DICT_MERGE, 1);
                }
                haveDict = true;
                i = j;
            }
        }
        setLocation(at);
        b.emit(CALL_FUNCTION_EX, hasKw ? 1 : 0);
    }

    // ---- functions ----

    /** Pushes defaults/kwdefaults/annotations/closure and the code, then MAKE_FUNCTION. */
    void makeClosure(PyCode code, int flags) {
        if (code.freevars.length > 0) {
            for (String free : code.freevars) {
                b.emit(LOAD_CLOSURE, closureIndex(free));
            }
            b.emit(BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        loadConst(code);
        b.emit(MAKE_FUNCTION, flags);
    }

    int defaults(Arguments args) {
        int flags = 0;
        if (!args.defaults.isEmpty()) {
            visitExprs(args.defaults);
            b.emit(BUILD_TUPLE, args.defaults.size());
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            AstExpr d = args.kwDefaults.get(i);
            if (d != null) {
                loadConst(PyStr.of(mangle(args.kwonlyargs.get(i).arg)));
                visitExpr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            b.emit(BUILD_MAP, nkw);
            flags |= 2;
        }
        return flags;
    }

    void setArgCounts(Arguments args) {
        u.argcount = args.posonlyargs.size() + args.args.size();
        u.posonlyargcount = args.posonlyargs.size();
        u.kwonlyargcount = args.kwonlyargs.size();
        if (args.vararg != null) {
            u.flags |= PyCode.CO_VARARGS;
        }
        if (args.kwarg != null) {
            u.flags |= PyCode.CO_VARKEYWORDS;
        }
    }

    void setFunctionFlags(Scope scope) {
        u.flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (scope.nested) {
            u.flags |= PyCode.CO_NESTED;
        }
        if (scope.isGenerator && scope.isCoroutine) {
            u.flags |= PyCode.CO_ASYNC_GENERATOR;
        } else if (scope.isCoroutine) {
            u.flags |= PyCode.CO_COROUTINE;
        } else if (scope.isGenerator) {
            u.flags |= PyCode.CO_GENERATOR;
        }
    }

    String qualnameFor(String name, Scope scope) {
        Unit parent = u;
        if (parent == null || parent.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        String base = parent.qualname == null ? parent.name : parent.qualname;
        if (parent.scope.kind == Scope.Kind.FUNCTION) {
            // CPython: compiler_set_qualname adds <locals> only below functions and lambdas
            return base + (parent.scope.isComprehension ? "." : ".<locals>.") + name;
        }
        // a method: a name declared global in the class is not qualified
        int sc = parent.scope.scopeOf(mangle(name));
        if (sc == Scope.GLOBAL_EXPLICIT) {
            return name;
        }
        return base + "." + name;
    }

    private void lambda(Lambda l) {
        checkDebugArgs(l.args);
        Scope scope = scopes.get(l);
        int flags = defaults(l.args);
        String qualname = qualnameFor("<lambda>", scope);
        enterUnit(scope, "<lambda>", l.lineno, u.privateName);
        u.qualname = qualname;
        setArgCounts(l.args);
        setFunctionFlags(scope);
        addConst(PyNone.NONE);
        visitExpr(l.body);
        if (!scope.isGenerator) {
            b.emit(RETURN_VALUE);
        } else {
            b.emit(POP_TOP);
            loadConst(PyNone.NONE);
            b.emit(RETURN_VALUE);
        }
        PyCode code = exitUnit();
        setLocation(l);
        makeClosure(code, flags);
    }

    // ---- comprehensions (CPython 3.11: a nested function called with the first iterator) ----

    private void comprehension(AstExpr e, List<Comprehension> generators, AstExpr elt, AstExpr value, int buildOp) {
        Scope scope = scopes.get(e);
        String name = e instanceof ListComp ? "<listcomp>" : e instanceof SetComp ? "<setcomp>"
                : e instanceof DictComp ? "<dictcomp>" : "<genexpr>";
        boolean isAsync = scope.isCoroutine;
        String qualname = qualnameFor(name, scope);
        enterUnit(scope, name, e.lineno, u.privateName);
        u.qualname = qualname;
        u.argcount = 1;
        setFunctionFlags(scope);
        // the outermost loop is blamed on the whole comprehension, as in CPython's tracebacks
        setLocation(e);
        if (buildOp >= 0) {
            b.emit(buildOp, 0);
        }
        comprehensionGenerator(generators, 0, elt, value, buildOp, isAsync);
        if (buildOp < 0) {
            loadConst(PyNone.NONE);
        }
        b.emit(RETURN_VALUE);
        PyCode code = exitUnit();
        setLocation(e);
        makeClosure(code, 0);
        b.emit(PUSH_NULL);
        Comprehension outer = generators.get(0);
        visitExpr(outer.iter);
        setLocation(e);
        if (outer.isAsync != 0) {
            b.emit(GET_AITER);
        } else {
            // a generator made by the call just evaluated then belongs to the comprehension's loop
            b.emit(GET_ITER, outer.iter instanceof Call || outer.iter instanceof GeneratorExp
                    ? PyCode.GET_ITER_OWNS_FRESH : 0);
        }
        b.emit(CALL, 1);
        if (isAsync && buildOp >= 0) {
            b.emit(GET_AWAITABLE, 0);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        }
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, AstExpr elt, AstExpr value, int buildOp,
            boolean isAsync) {
        Comprehension g = gens.get(index);
        if (g.isAsync != 0) {
            asyncComprehensionGenerator(gens, index, elt, value, buildOp);
            return;
        }
        CodeBuilder.Label start = b.newLabel();
        CodeBuilder.Label ifCleanup = b.newLabel();
        CodeBuilder.Label anchor = b.newLabel();
        if (index == 0) {
            b.emit(LOAD_FAST, 0);
        } else {
            visitExpr(g.iter);
            b.emit(GET_ITER);
        }
        b.mark(start);
        b.emitJump(FOR_ITER, anchor);
        visitExpr(g.target);
        for (AstExpr cond : g.ifs) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, elt, value, buildOp, isAsync);
        } else {
            comprehensionElement(elt, value, buildOp, gens.size());
        }
        b.mark(ifCleanup);
        b.emitJump(JUMP, start);
        b.mark(anchor);
    }

    private void asyncComprehensionGenerator(List<Comprehension> gens, int index, AstExpr elt, AstExpr value,
            int buildOp) {
        Comprehension g = gens.get(index);
        CodeBuilder.Label start = b.newLabel();
        CodeBuilder.Label except = b.newLabel();
        CodeBuilder.Label ifCleanup = b.newLabel();
        if (index == 0) {
            b.emit(LOAD_FAST, 0);
        } else {
            visitExpr(g.iter);
            b.emit(GET_AITER);
        }
        b.mark(start);
        CodeBuilder.Handler outer = b.currentHandler;
        b.setup(new CodeBuilder.Handler(except, false, 0));
        b.emit(GET_ANEXT);
        loadConst(PyNone.NONE);
        yieldFromLoop();
        b.currentHandler = outer;
        visitExpr(g.target);
        for (AstExpr cond : g.ifs) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, elt, value, buildOp, true);
        } else {
            comprehensionElement(elt, value, buildOp, gens.size());
        }
        b.mark(ifCleanup);
        b.emitJump(JUMP, start);
        b.mark(except);
        b.emit(END_ASYNC_FOR);
    }

    private void comprehensionElement(AstExpr elt, AstExpr value, int buildOp, int depth) {
        if (buildOp == BUILD_LIST) {
            visitExpr(elt);
            b.emit(LIST_APPEND, depth + 1);
        } else if (buildOp == BUILD_SET) {
            visitExpr(elt);
            b.emit(SET_ADD, depth + 1);
        } else if (buildOp == BUILD_MAP) {
            visitExpr(elt);
            visitExpr(value);
            b.emit(MAP_ADD, depth + 1);
        } else {
            visitExpr(elt);
            if (u.scope.isCoroutine) {
                b.emit(ASYNC_GEN_WRAP);
            }
            b.emit(YIELD_VALUE);
            b.emit(POP_TOP);
        }
    }

    // ---- assignment targets ----

    /** UNPACK_SEQUENCE / UNPACK_EX then a store into each target. CPython: unpack_helper. */
    void unpackTargets(List<AstExpr> elts, Node at) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", elts.get(i));
                }
                star = i;
            }
        }
        setLocation(at);
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            int after = elts.size() - star - 1;
            if (star >= 256 || after >= (1 << 15)) {
                throw error("too many expressions in star-unpacking assignment", at);
            }
            b.emit(UNPACK_EX, star | (after << 8));
        }
        for (AstExpr x : elts) {
            if (x instanceof Starred s) {
                visitExpr(s.value);
            } else {
                visitExpr(x);
            }
        }
    }
}
