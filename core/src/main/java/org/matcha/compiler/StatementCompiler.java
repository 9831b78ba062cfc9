package org.matcha.compiler;

import static org.matcha.bytecode.Opcode.*;

import java.util.List;
import org.matcha.ast.*;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * Statements: definitions, assignment, control flow with the try/with/loop structures of CPython
 * 3.11 (handlers recorded per instruction, break/continue/return unwinding through frame blocks),
 * imports. CPython: Python/compile.c compiler_visit_stmt and friends.
 */
abstract class StatementCompiler extends PatternCompiler {
    StatementCompiler(String filename, String source, Scope top) {
        super(filename, source, top);
    }

    @Override
    void visitStmts(List<AstStmt> body) {
        for (AstStmt s : body) {
            visitStmt(s);
        }
    }

    void visitStmt(AstStmt s) {
        setLocation(s);
        if (s instanceof Expr e) {
            if (interactive && units.isEmpty()) {
                visitExpr(e.value);
                b.emit(PRINT_EXPR);
            } else if (e.value instanceof Constant) {
                b.emit(NOP);
            } else {
                visitExpr(e.value);
                setLocation(s);
                b.emit(POP_TOP);
            }
        } else if (s instanceof Assign a) {
            visitExpr(a.value);
            for (int i = 0; i < a.targets.size(); i++) {
                if (i < a.targets.size() - 1) {
                    b.emit(COPY, 1);
                }
                visitExpr(a.targets.get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            annAssign(a);
        } else if (s instanceof If i) {
            ifStatement(i);
        } else if (s instanceof While w) {
            whileLoop(w);
        } else if (s instanceof For f) {
            forLoop(f);
        } else if (s instanceof AsyncFor f) {
            asyncFor(f);
        } else if (s instanceof Return r) {
            returnStatement(r);
        } else if (s instanceof Break) {
            breakStatement(s);
        } else if (s instanceof Continue) {
            continueStatement(s);
        } else if (s instanceof Pass || s instanceof Global || s instanceof Nonlocal) {
            b.emit(NOP);
        } else if (s instanceof FunctionDef f) {
            function(s, f.name, f.args, f.body, f.decoratorList, f.returns, false);
        } else if (s instanceof AsyncFunctionDef f) {
            function(s, f.name, f.args, f.body, f.decoratorList, f.returns, true);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc != null) {
                visitExpr(r.exc);
                n++;
                if (r.cause != null) {
                    visitExpr(r.cause);
                    n++;
                }
            }
            setLocation(s);
            b.emit(RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(t.body, t.handlers, t.orelse, t.finalbody, false);
            } else {
                tryExcept(t.body, t.handlers, t.orelse, false);
            }
        } else if (s instanceof TryStar t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(t.body, t.handlers, t.orelse, t.finalbody, true);
            } else {
                tryExcept(t.body, t.handlers, t.orelse, true);
            }
        } else if (s instanceof With w) {
            with(w.items, 0, w.body, false, w);
        } else if (s instanceof AsyncWith w) {
            topLevelAwaitHere();
            with(w.items, 0, w.body, true, w);
        } else if (s instanceof Delete d) {
            for (AstExpr t : d.targets) {
                visitExpr(t);
            }
        } else if (s instanceof Assert a) {
            CodeBuilder.Label end = b.newLabel();
            if (a.test instanceof Tuple t && !t.elts.isEmpty()) {
                warn("assertion is always true, perhaps remove parentheses?", s);
            }
            jumpIf(a.test, end, true);
            setLocation(a.test);
            b.emit(LOAD_ASSERTION_ERROR);
            if (a.msg != null) {
                b.emit(PUSH_NULL);
                visitExpr(a.msg);
                setLocation(a.test);
                b.emit(CALL, 1);
            }
            b.emit(RAISE_VARARGS, 1);
            b.mark(end);
        } else if (s instanceof Import i) {
            importStatement(i);
        } else if (s instanceof ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Match m) {
            match(m);
        } else {
            throw error("unsupported statement " + s.typeName(), s);
        }
    }

    // ---- assignment ----

    private void augAssign(AugAssign a) {
        int op = 13 + binaryOpIndex(a.op);
        AstExpr t = a.target;
        if (t instanceof Name n) {
            nameOp(n.id, Ctx.LOAD);
            visitExpr(a.value);
            setLocation(a);
            b.emit(BINARY_OP, op);
            nameOp(n.id, Ctx.STORE);
        } else if (t instanceof Attribute at) {
            visitExpr(at.value);
            b.emit(COPY, 1);
            setLocation(at);
            b.emit(LOAD_ATTR, addName(mangle(at.attr)));
            visitExpr(a.value);
            setLocation(a);
            b.emit(BINARY_OP, op);
            b.emit(SWAP, 2);
            setLocation(at);
            b.emit(STORE_ATTR, addName(mangle(at.attr)));
        } else if (t instanceof Subscript sub) {
            visitExpr(sub.value);
            visitSlice(sub.slice);
            b.emit(COPY, 2);
            b.emit(COPY, 2);
            setLocation(sub);
            b.emit(BINARY_SUBSCR);
            visitExpr(a.value);
            setLocation(a);
            b.emit(BINARY_OP, op);
            b.emit(SWAP, 3);
            b.emit(SWAP, 2);
            setLocation(sub);
            b.emit(STORE_SUBSCR);
        } else {
            throw error("illegal expression for augmented assignment", t);
        }
    }

    /** CPython: compiler_annassign. */
    private void annAssign(AnnAssign a) {
        if (a.target instanceof Name n) {
            checkForbiddenName(n.id, Ctx.STORE);
        } else if (a.target instanceof Attribute at) {
            checkForbiddenName(at.attr, Ctx.STORE);
        }
        if (a.value != null) {
            visitExpr(a.value);
            visitExpr(a.target);
        }
        boolean moduleOrClass = u.scope.kind != Scope.Kind.FUNCTION;
        boolean future = (futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0;
        if (a.target instanceof Name n) {
            if (a.simple != 0 && moduleOrClass) {
                if (future) {
                    loadConst(PyStr.of(AstUnparser.unparse(a.annotation)));
                } else {
                    visitExpr(a.annotation);
                }
                nameOp("__annotations__", Ctx.LOAD);
                loadConst(PyStr.of(mangle(n.id)));
                b.emit(STORE_SUBSCR);
            }
        } else if (a.value == null) {
            // a target that is not assigned is still evaluated, but not stored to
            if (a.target instanceof Attribute at) {
                checkAnnotationExpr(at.value);
            } else if (a.target instanceof Subscript sub) {
                checkAnnotationExpr(sub.value);
                checkAnnotationSubscript(sub.slice);
            }
        }
        // the annotation of a complex target is evaluated in a module or class, unless PEP 563
        if (a.simple == 0 && !future && moduleOrClass) {
            checkAnnotationExpr(a.annotation);
        }
    }

    /** CPython: check_ann_expr. */
    private void checkAnnotationExpr(AstExpr e) {
        visitExpr(e);
        b.emit(POP_TOP);
    }

    /** CPython: check_ann_subscr. */
    private void checkAnnotationSubscript(AstExpr e) {
        if (e instanceof Slice s) {
            for (AstExpr part : new AstExpr[] {s.lower, s.upper, s.step}) {
                if (part != null) {
                    checkAnnotationExpr(part);
                }
            }
        } else if (e instanceof Tuple t) {
            for (AstExpr elt : t.elts) {
                checkAnnotationSubscript(elt);
            }
        } else {
            checkAnnotationExpr(e);
        }
    }

    // ---- control flow ----

    private void ifStatement(If i) {
        CodeBuilder.Label end = b.newLabel();
        CodeBuilder.Label next = i.orelse.isEmpty() ? end : b.newLabel();
        jumpIf(i.test, next, false);
        visitStmts(i.body);
        if (!i.orelse.isEmpty()) {
            b.emitJump(JUMP, end);
            b.mark(next);
            visitStmts(i.orelse);
        }
        b.mark(end);
    }

    private static boolean isConstantTrue(AstExpr e) {
        return e instanceof Constant c && (Boolean.TRUE.equals(c.value)
                || (c.value instanceof Long l && l != 0) || (c.value instanceof String str && !str.isEmpty()));
    }

    private void whileLoop(While w) {
        CodeBuilder.Label loop = b.newLabel();
        CodeBuilder.Label body = b.newLabel();
        CodeBuilder.Label anchor = b.newLabel();
        CodeBuilder.Label exit = b.newLabel();
        b.mark(loop);
        if (!isConstantTrue(w.test)) {
            jumpIf(w.test, anchor, false);
        }
        b.mark(body);
        pushBlock(BlockKind.WHILE_LOOP, loop, exit, null);
        visitStmts(w.body);
        popBlock();
        setLocation(w);
        b.emitJump(JUMP, loop);
        b.mark(anchor);
        visitStmts(w.orelse);
        b.mark(exit);
    }

    private void forLoop(For f) {
        CodeBuilder.Label start = b.newLabel();
        CodeBuilder.Label cleanup = b.newLabel();
        CodeBuilder.Label end = b.newLabel();
        visitExpr(f.iter);
        setLocation(f.iter);
        // a generator made by the call just evaluated belongs to this loop alone: leaving the loop
        // early closes it, as CPython's reference counting does when it pops the iterator
        b.emit(GET_ITER, f.iter instanceof Call || f.iter instanceof GeneratorExp ? PyCode.GET_ITER_OWNS_FRESH : 0);
        b.mark(start);
        setLocation(f);
        b.emitJump(FOR_ITER, cleanup);
        pushBlock(BlockKind.FOR_LOOP, start, end, null);
        visitExpr(f.target);
        visitStmts(f.body);
        popBlock();
        setLocation(f);
        b.emitJump(JUMP, start);
        b.mark(cleanup);
        visitStmts(f.orelse);
        b.mark(end);
    }

    private void asyncFor(AsyncFor f) {
        topLevelAwaitHere();
        CodeBuilder.Label start = b.newLabel();
        CodeBuilder.Label except = b.newLabel();
        CodeBuilder.Label end = b.newLabel();
        visitExpr(f.iter);
        b.emit(GET_AITER);
        b.mark(start);
        pushBlock(BlockKind.FOR_LOOP, start, end, null);
        CodeBuilder.Handler outer = b.currentHandler;
        b.setup(new CodeBuilder.Handler(except, false, 0));
        b.emit(GET_ANEXT);
        loadConst(PyNone.NONE);
        yieldFromLoop();
        b.currentHandler = outer;
        visitExpr(f.target);
        visitStmts(f.body);
        popBlock();
        b.emitJump(JUMP, start);
        b.mark(except);
        b.emit(END_ASYNC_FOR);
        visitStmts(f.orelse);
        b.mark(end);
    }

    private void returnStatement(Return r) {
        if (u.scope.kind != Scope.Kind.FUNCTION) {
            throw error("'return' outside function", r);
        }
        if (r.value != null && u.scope.isCoroutine && u.scope.isGenerator) {
            throw error("'return' with value in async generator", r);
        }
        boolean preserve = r.value != null && !(r.value instanceof Constant);
        if (preserve) {
            visitExpr(r.value);
        }
        CodeBuilder.Handler saved = b.currentHandler;
        unwindBlocks(preserve, null);
        if (r.value == null) {
            loadConst(PyNone.NONE);
        } else if (!preserve) {
            visitExpr(r.value);
        }
        setLocation(r);
        b.emit(RETURN_VALUE);
        b.currentHandler = saved;
    }

    private void breakStatement(AstStmt s) {
        CodeBuilder.Handler saved = b.currentHandler;
        FBlock loop = unwindBlocks(false, s);
        if (loop == null) {
            throw error("'break' outside loop", s);
        }
        unwindBlock(loop, false);
        b.emitJump(JUMP, loop.exit);
        b.currentHandler = saved;
    }

    private void continueStatement(AstStmt s) {
        CodeBuilder.Handler saved = b.currentHandler;
        FBlock loop = unwindBlocks(false, s);
        if (loop == null) {
            throw error("'continue' not properly in loop", s);
        }
        b.emitJump(JUMP, loop.block);
        b.currentHandler = saved;
    }

    /**
     * Unwinds the frame blocks from the innermost outwards. With a loop statement ({@code loopFor}
     * non-null) it stops at the first loop and returns it; otherwise (return) it unwinds them all.
     * CPython: compiler_unwind_fblock_stack.
     */
    private FBlock unwindBlocks(boolean preserveTos, AstStmt loopFor) {
        List<FBlock> blocks = u.fblocks;
        List<FBlock> copy = new java.util.ArrayList<>(blocks);
        for (int i = copy.size() - 1; i >= 0; i--) {
            FBlock fb = copy.get(i);
            if (loopFor != null && (fb.kind == BlockKind.WHILE_LOOP || fb.kind == BlockKind.FOR_LOOP)) {
                return fb;
            }
            // the finally body may itself break/return: run it with the outer blocks only
            List<FBlock> savedBlocks = new java.util.ArrayList<>(blocks);
            while (blocks.size() > i) {
                blocks.remove(blocks.size() - 1);
            }
            unwindBlock(fb, preserveTos);
            blocks.clear();
            blocks.addAll(savedBlocks);
        }
        return null;
    }

    /** CPython: compiler_unwind_fblock. */
    private void unwindBlock(FBlock fb, boolean preserveTos) {
        switch (fb.kind) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                b.emit(POP_ITER);
                return;
            case TRY_EXCEPT:
                b.currentHandler = fb.outerHandler;
                return;
            case FINALLY_TRY: {
                b.currentHandler = fb.outerHandler;
                if (preserveTos) {
                    pushBlock(BlockKind.POP_VALUE, null, null, null);
                }
                @SuppressWarnings("unchecked")
                List<AstStmt> finalbody = (List<AstStmt>) fb.datum;
                int line = b.line;
                visitStmts(finalbody);
                b.line = line;
                if (preserveTos) {
                    popBlock();
                }
                return;
            }
            case FINALLY_END:
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                b.emit(POP_TOP);
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                b.currentHandler = fb.outerHandler;
                b.emit(POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                b.currentHandler = fb.outerHandler;
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                callExitWithNones();
                if (fb.kind == BlockKind.ASYNC_WITH) {
                    b.emit(GET_AWAITABLE, 2);
                    loadConst(PyNone.NONE);
                    yieldFromLoop();
                }
                b.emit(POP_TOP);
                return;
            case HANDLER_CLEANUP:
                if (fb.datum != null) {
                    b.currentHandler = fb.outerHandler;
                }
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                b.currentHandler = fb.outerHandler;
                b.emit(POP_EXCEPT);
                if (fb.datum != null) {
                    loadConst(PyNone.NONE);
                    nameOp((String) fb.datum, Ctx.STORE);
                    nameOp((String) fb.datum, Ctx.DEL);
                }
                return;
            case POP_VALUE:
                if (preserveTos) {
                    b.emit(SWAP, 2);
                }
                b.emit(POP_ITER);
                return;
            default:
                throw new IllegalStateException();
        }
    }

    private void callExitWithNones() {
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        b.emit(CALL, 2);
    }

    /** POP_EXCEPT_AND_RERAISE of CPython 3.11: [prev, lasti, exc] → restore prev, re-raise exc. */
    private void popExceptAndReraise() {
        b.emit(COPY, 3);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE, 1);
    }

    /** try/finally. CPython: compiler_try_finally. */
    private void tryFinally(List<AstStmt> body, List<AstExcepthandler> handlers, List<AstStmt> orelse,
            List<AstStmt> finalbody, boolean star) {
        CodeBuilder.Label end = b.newLabel();
        CodeBuilder.Label exit = b.newLabel();
        CodeBuilder.Label cleanup = b.newLabel();
        CodeBuilder.Handler outer = b.currentHandler;
        b.setup(new CodeBuilder.Handler(end, false, 0));
        pushBlock(BlockKind.FINALLY_TRY, null, end, finalbody);
        u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.FINALLY_TRY, null, end, finalbody, outer));
        if (!handlers.isEmpty()) {
            tryExcept(body, handlers, orelse, star);
        } else {
            visitStmts(body);
        }
        popBlock();
        b.currentHandler = outer;
        visitStmts(finalbody);
        b.emitJump(JUMP, exit);
        // the exception path
        b.mark(end);
        b.setup(new CodeBuilder.Handler(cleanup, true, 0));
        b.emit(PUSH_EXC_INFO);
        pushBlock(BlockKind.FINALLY_END, end, null, null);
        u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.FINALLY_END, end, null, null, outer));
        visitStmts(finalbody);
        popBlock();
        b.emit(RERAISE, 0);
        b.currentHandler = outer;
        b.mark(cleanup);
        popExceptAndReraise();
        b.mark(exit);
    }

    /** try/except (and except*). CPython: compiler_try_except / compiler_try_star_except. */
    private void tryExcept(List<AstStmt> body, List<AstExcepthandler> handlers, List<AstStmt> orelse, boolean star) {
        CodeBuilder.Label except = b.newLabel();
        CodeBuilder.Label end = b.newLabel();
        CodeBuilder.Label cleanup = b.newLabel();
        CodeBuilder.Handler outer = b.currentHandler;
        b.setup(new CodeBuilder.Handler(except, false, 0));
        pushBlock(BlockKind.TRY_EXCEPT, null, null, null);
        u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.TRY_EXCEPT, null, null, null, outer));
        visitStmts(body);
        popBlock();
        b.currentHandler = outer;
        b.emit(NOP);
        visitStmts(orelse);
        b.emitJump(JUMP, end);
        b.mark(except);
        CodeBuilder.Handler cleanupHandler = new CodeBuilder.Handler(cleanup, true, 0);
        b.setup(cleanupHandler);
        if (star) {
            starHandlers(handlers, end, cleanupHandler, outer);
        } else {
            b.emit(PUSH_EXC_INFO);
            pushBlock(BlockKind.EXCEPTION_HANDLER, null, null, null);
            for (int i = 0; i < handlers.size(); i++) {
                ExceptHandler h = (ExceptHandler) handlers.get(i);
                setLocation(h);
                if (h.type == null && i < handlers.size() - 1) {
                    throw error("default 'except:' must be last", h);
                }
                CodeBuilder.Label next = b.newLabel();
                if (h.type != null) {
                    visitExpr(h.type);
                    setLocation(h);
                    b.emit(CHECK_EXC_MATCH);
                    b.emitJump(POP_JUMP_IF_FALSE, next);
                }
                if (h.name != null) {
                    CodeBuilder.Label cleanupEnd = b.newLabel();
                    nameOp(h.name, Ctx.STORE);
                    b.setup(new CodeBuilder.Handler(cleanupEnd, true, 0));
                    pushBlock(BlockKind.HANDLER_CLEANUP, null, null, h.name);
                    u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.HANDLER_CLEANUP, null, null, h.name,
                            outer));
                    visitStmts(h.body);
                    popBlock();
                    b.currentHandler = outer;
                    b.emit(POP_EXCEPT);
                    loadConst(PyNone.NONE);
                    nameOp(h.name, Ctx.STORE);
                    nameOp(h.name, Ctx.DEL);
                    b.emitJump(JUMP, end);
                    // an exception inside the handler body: unbind the name, then re-raise
                    b.currentHandler = cleanupHandler;
                    b.mark(cleanupEnd);
                    loadConst(PyNone.NONE);
                    nameOp(h.name, Ctx.STORE);
                    nameOp(h.name, Ctx.DEL);
                    b.emit(RERAISE, 1);
                } else {
                    b.emit(POP_TOP);
                    pushBlock(BlockKind.HANDLER_CLEANUP, null, null, null);
                    u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.HANDLER_CLEANUP, null, null, null,
                            outer));
                    visitStmts(h.body);
                    popBlock();
                    b.currentHandler = outer;
                    b.emit(POP_EXCEPT);
                    b.emitJump(JUMP, end);
                    b.currentHandler = cleanupHandler;
                }
                b.mark(next);
            }
            popBlock();
            b.emit(RERAISE, 0);
        }
        b.currentHandler = outer;
        b.mark(cleanup);
        popExceptAndReraise();
        b.mark(end);
    }

    /** except* handlers. CPython: compiler_try_star_except. */
    private void starHandlers(List<AstExcepthandler> handlers, CodeBuilder.Label end, CodeBuilder.Handler cleanupHandler,
            CodeBuilder.Handler outer) {
        CodeBuilder.Label reraiseStar = b.newLabel();
        b.emit(PUSH_EXC_INFO);
        pushBlock(BlockKind.EXCEPTION_GROUP_HANDLER, null, null, null);
        // [prev, orig] → [prev, orig, list, rest]
        b.emit(BUILD_LIST, 0);
        b.emit(COPY, 2);
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            setLocation(h);
            CodeBuilder.Label nextHandler = b.newLabel();
            CodeBuilder.Label noMatch = b.newLabel();
            CodeBuilder.Label exceptBody = b.newLabel();
            if (h.type == null) {
                throw error("expected 'except' or 'finally' block", h);
            }
            visitExpr(h.type);
            setLocation(h);
            b.emit(CHECK_EG_MATCH);
            b.emit(COPY, 1);
            b.emitJump(POP_JUMP_IF_NONE, noMatch);
            // [prev, orig, list, rest, match]
            CodeBuilder.Label cleanupEnd = b.newLabel();
            if (h.name != null) {
                nameOp(h.name, Ctx.STORE);
            } else {
                b.emit(POP_TOP);
            }
            b.setup(new CodeBuilder.Handler(cleanupEnd, true, 0));
            pushBlock(BlockKind.HANDLER_CLEANUP, null, null, h.name);
            u.fblocks.set(u.fblocks.size() - 1, new FBlock(BlockKind.HANDLER_CLEANUP, null, null, h.name,
                    outer));
            visitStmts(h.body);
            popBlock();
            b.currentHandler = cleanupHandler;
            if (h.name != null) {
                loadConst(PyNone.NONE);
                nameOp(h.name, Ctx.STORE);
                nameOp(h.name, Ctx.DEL);
            }
            b.emitJump(JUMP, nextHandler);
            // an exception raised in the handler body is collected into the list
            b.mark(cleanupEnd);
            if (h.name != null) {
                loadConst(PyNone.NONE);
                nameOp(h.name, Ctx.STORE);
                nameOp(h.name, Ctx.DEL);
            }
            // [prev, orig, list, rest, lasti, exc]
            b.emit(LIST_APPEND, 3);
            b.emit(POP_TOP);
            b.emitJump(JUMP, nextHandler);
            b.mark(noMatch);
            b.emit(POP_TOP);
            b.mark(nextHandler);
            if (i == n - 1) {
                // [prev, orig, list, rest]: add the unhandled rest, then compute what to raise
                b.emit(LIST_APPEND, 1);
                b.emitJump(JUMP, reraiseStar);
            }
            b.mark(exceptBody);
        }
        popBlock();
        b.mark(reraiseStar);
        b.emit(PREP_RERAISE_STAR);
        b.emit(COPY, 1);
        CodeBuilder.Label reraise = b.newLabel();
        b.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        b.emit(POP_TOP);
        b.currentHandler = outer;
        b.emit(POP_EXCEPT);
        b.emitJump(JUMP, end);
        b.currentHandler = cleanupHandler;
        b.mark(reraise);
        b.emit(SWAP, 2);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE, 0);
    }

    /** with / async with, one item at a time. CPython: compiler_with / compiler_async_with. */
    private void with(List<Withitem> items, int index, List<AstStmt> body, boolean async, AstStmt node) {
        Withitem item = items.get(index);
        CodeBuilder.Label block = b.newLabel();
        CodeBuilder.Label fin = b.newLabel();
        CodeBuilder.Label exit = b.newLabel();
        CodeBuilder.Label cleanup = b.newLabel();
        visitExpr(item.contextExpr);
        setLocation(item.contextExpr);
        CodeBuilder.Handler outer = b.currentHandler;
        if (async) {
            b.emit(BEFORE_ASYNC_WITH);
            b.emit(GET_AWAITABLE, 1);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        } else {
            b.emit(BEFORE_WITH);
        }
        b.setup(new CodeBuilder.Handler(fin, true, -1));
        b.mark(block);
        pushBlock(async ? BlockKind.ASYNC_WITH : BlockKind.WITH, block, null, null);
        u.fblocks.set(u.fblocks.size() - 1, new FBlock(async ? BlockKind.ASYNC_WITH : BlockKind.WITH, block, null,
                null, outer));
        if (item.optionalVars != null) {
            visitExpr(item.optionalVars);
        } else {
            b.emit(POP_TOP);
        }
        if (index + 1 < items.size()) {
            with(items, index + 1, body, async, node);
        } else {
            visitStmts(body);
        }
        popBlock();
        b.currentHandler = outer;
        setLocation(node);
        callExitWithNones();
        if (async) {
            b.emit(GET_AWAITABLE, 2);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        }
        b.emit(POP_TOP);
        b.emitJump(JUMP, exit);
        // exceptional exit: [exit, lasti, exc]
        b.mark(fin);
        b.setup(new CodeBuilder.Handler(cleanup, true, 0));
        b.emit(PUSH_EXC_INFO);
        b.emit(WITH_EXCEPT_START);
        if (async) {
            b.emit(GET_AWAITABLE, 2);
            loadConst(PyNone.NONE);
            yieldFromLoop();
        }
        CodeBuilder.Label suppress = b.newLabel();
        b.emitJump(POP_JUMP_IF_TRUE, suppress);
        b.emit(RERAISE, 2);
        b.mark(suppress);
        b.emit(POP_TOP);
        b.currentHandler = outer;
        b.emit(POP_EXCEPT);
        b.emit(POP_TOP);
        b.emit(POP_TOP);
        b.emitJump(JUMP, exit);
        b.mark(cleanup);
        popExceptAndReraise();
        b.mark(exit);
    }

    // ---- definitions ----

    private String docstring(List<AstStmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof CodePoints)) {
            return "";
        }
        return null;
    }

    private void function(AstStmt s, String name, Arguments args, List<AstStmt> body, List<AstExpr> decorators,
            AstExpr returns, boolean async) {
        Scope scope = scopes.get(s);
        for (AstExpr d : decorators) {
            visitExpr(d);
            b.emit(PUSH_NULL);
        }
        int firstLine = decorators.isEmpty() ? s.lineno : decorators.get(0).lineno;
        setLocation(s);
        checkDebugArgs(args);
        int flags = defaults(args);
        int annotations = annotations(args, returns);
        if (annotations > 0) {
            flags |= 4;
        }
        String qualname = qualnameFor(name, scope);
        enterUnit(scope, name, firstLine, u.privateName);
        u.qualname = qualname;
        setArgCounts(args);
        setFunctionFlags(scope);
        if (docstring(body) != null) {
            loadDocstring(body);
            u.hasDocstring = true;
            body = body.subList(1, body.size());
        } else {
            addConst(PyNone.NONE);
        }
        visitStmts(body);
        if (!body.isEmpty()) {
            setLocation(body.get(body.size() - 1));
        }
        loadConst(PyNone.NONE);
        b.emit(RETURN_VALUE);
        PyCode code = exitUnit();
        setLocation(s);
        makeClosure(code, flags);
        for (int i = decorators.size() - 1; i >= 0; i--) {
            setLocation(decorators.get(i));
            b.emit(CALL, 1);
        }
        setLocation(s);
        nameOp(name, Ctx.STORE);
    }

    private void loadDocstring(List<AstStmt> body) {
        Constant c = (Constant) ((Expr) body.get(0)).value;
        u.consts.add(0, constant(c.value));
        u.constIndex.clear();
    }

    /** Annotations as a tuple of (name, value) pairs; returns how many. */
    private int annotations(Arguments args, AstExpr returns) {
        int n = 0;
        List<Arg> all = new java.util.ArrayList<>();
        all.addAll(args.args); // CPython's order: compiler_visit_annotations
        all.addAll(args.posonlyargs);
        if (args.vararg != null) {
            all.add(args.vararg);
        }
        all.addAll(args.kwonlyargs);
        if (args.kwarg != null) {
            all.add(args.kwarg);
        }
        for (Arg a : all) {
            if (a.annotation != null) {
                loadConst(PyStr.of(mangle(a.arg)));
                visitAnnotation(a.annotation);
                n++;
            }
        }
        if (returns != null) {
            loadConst(PyStr.of("return"));
            visitAnnotation(returns);
            n++;
        }
        if (n > 0) {
            b.emit(BUILD_TUPLE, 2 * n);
        }
        return n;
    }

    /**
     * Pushes an annotation's value: under PEP 563 its source text; {@code *args: *Ts} (PEP 646) is
     * the starred value unpacked to exactly one item. CPython: compiler_visit_argannotation.
     */
    private void visitAnnotation(AstExpr annotation) {
        if ((futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0) {
            loadConst(PyStr.of(AstUnparser.unparse(annotation)));
        } else if (annotation instanceof Starred s) {
            visitExpr(s.value);
            setLocation(annotation);
            b.emit(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
    }

    private void classDef(ClassDef c) {
        Scope scope = scopes.get(c);
        for (AstExpr d : c.decoratorList) {
            visitExpr(d);
            b.emit(PUSH_NULL);
        }
        int firstLine = c.decoratorList.isEmpty() ? c.lineno : c.decoratorList.get(0).lineno;
        setLocation(c);
        String qualname = qualnameFor(c.name, scope);
        enterUnit(scope, c.name, firstLine, c.name);
        u.qualname = qualname;
        b.emit(LOAD_NAME, addName("__name__"));
        b.emit(STORE_NAME, addName("__module__"));
        loadConst(PyStr.of(qualname));
        b.emit(STORE_NAME, addName("__qualname__"));
        List<AstStmt> body = c.body;
        if (docstring(body) != null) {
            visitExpr(((Expr) body.get(0)).value);
            b.emit(STORE_NAME, addName("__doc__"));
            body = body.subList(1, body.size());
        }
        if (hasAnnotations(body)) {
            b.emit(SETUP_ANNOTATIONS);
        }
        visitStmts(body);
        if (scope.needsClassClosure) {
            b.emit(LOAD_CLOSURE, closureIndex("__class__"));
            b.emit(COPY, 1);
            b.emit(STORE_NAME, addName("__classcell__"));
            b.emit(RETURN_VALUE);
        } else {
            loadConst(PyNone.NONE);
            b.emit(RETURN_VALUE);
        }
        PyCode code = exitUnit();
        setLocation(c);
        b.emit(LOAD_BUILD_CLASS);
        b.emit(PUSH_NULL);
        makeClosure(code, 0);
        loadConst(PyStr.of(c.name));
        callArgs(c, c.bases, c.keywords, 2);
        for (int i = c.decoratorList.size() - 1; i >= 0; i--) {
            setLocation(c.decoratorList.get(i));
            b.emit(CALL, 1);
        }
        setLocation(c);
        nameOp(c.name, Ctx.STORE);
    }

    static boolean hasAnnotations(List<AstStmt> body) {
        for (AstStmt s : body) {
            if (s instanceof AnnAssign) {
                return true;
            }
            if (s instanceof For f && (hasAnnotations(f.body) || hasAnnotations(f.orelse))) {
                return true;
            }
            if (s instanceof While w && (hasAnnotations(w.body) || hasAnnotations(w.orelse))) {
                return true;
            }
            if (s instanceof If i && (hasAnnotations(i.body) || hasAnnotations(i.orelse))) {
                return true;
            }
            if (s instanceof With w && hasAnnotations(w.body)) {
                return true;
            }
            if (s instanceof Try t && (hasAnnotations(t.body) || hasAnnotations(t.orelse)
                    || hasAnnotations(t.finalbody))) {
                return true;
            }
        }
        return false;
    }

    // ---- imports ----

    private void importStatement(Import i) {
        for (Alias a : i.names) {
            setLocation(i);
            loadConst(PyInt.of(0));
            loadConst(PyNone.NONE);
            b.emit(IMPORT_NAME, addName(a.name));
            if (a.asname != null) {
                String[] parts = a.name.split("\\.");
                for (int k = 1; k < parts.length; k++) {
                    b.emit(IMPORT_FROM, addName(parts[k]));
                    b.emit(SWAP, 2);
                    b.emit(POP_TOP);
                }
                nameOp(a.asname, Ctx.STORE);
            } else {
                int dot = a.name.indexOf('.');
                nameOp(dot < 0 ? a.name : a.name.substring(0, dot), Ctx.STORE);
            }
        }
    }

    private void importFrom(ImportFrom i) {
        PyObject[] names = new PyObject[i.names.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = PyStr.of(i.names.get(k).name);
        }
        loadConst(PyInt.of(i.level));
        loadConst(PyTuple.of(names));
        b.emit(IMPORT_NAME, addName(i.module == null ? "" : i.module));
        if (names.length == 1 && i.names.get(0).name.equals("*")) {
            if (u.scope.kind == Scope.Kind.FUNCTION) {
                throw error("import * only allowed at module level", i);
            }
            b.emit(IMPORT_STAR);
            return;
        }
        for (Alias a : i.names) {
            b.emit(IMPORT_FROM, addName(a.name)); // at the statement's location, like CPython 3.11
            nameOp(a.asname != null ? a.asname : a.name, Ctx.STORE);
        }
        b.emit(POP_TOP);
    }
}
