package org.matcha.compiler;

import static org.matcha.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.matcha.ast.*;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * match statements. A pattern consumes the subject on top of the stack when it matches; on
 * failure it jumps to a "fail-pop" label that pops whatever the pattern had pushed.
 * CPython: Python/compile.c compiler_pattern*, jump_to_fail_pop, emit_and_reset_fail_pop.
 */
abstract class PatternCompiler extends ExpressionCompiler {
    PatternCompiler(String filename, String source, Scope top) {
        super(filename, source, top);
    }

    /** Per-case state: fail labels indexed by how many items they pop, and the items now on top. */
    static final class PatternContext {
        final List<CodeBuilder.Label> failPop = new ArrayList<>();
        int onTop;
        final List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    private void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop;
        while (pc.failPop.size() <= pops) {
            pc.failPop.add(b.newLabel());
        }
        b.emitJump(op, pc.failPop.get(pops));
    }

    /** Emits the fail-pop chain: label[n] pops one item and falls into label[n-1]. */
    void emitFailPops(PatternContext pc) {
        for (int i = pc.failPop.size() - 1; i >= 0; i--) {
            b.mark(pc.failPop.get(i));
            if (i > 0) {
                b.emit(POP_TOP);
            }
        }
        pc.failPop.clear();
    }

    private void storeCapture(String name, PatternContext pc, Node at) {
        if (pc.stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", at);
        }
        pc.stores.add(name);
        nameOp(name, Ctx.STORE);
    }

    void pattern(AstPattern p, PatternContext pc) {
        setLocation(p);
        if (p instanceof MatchValue mv) {
            visitExpr(mv.value);
            b.emit(COMPARE_OP, 2);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSingleton ms) {
            loadConst(constant(ms.value));
            b.emit(IS_OP, 0);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchAs ma) {
            if (ma.pattern == null) {
                if (!pc.allowIrrefutable) {
                    if (ma.name == null) {
                        throw error("wildcard makes remaining patterns unreachable", p);
                    }
                    throw error("name capture '" + ma.name + "' makes remaining patterns unreachable", p);
                }
                if (ma.name == null) {
                    b.emit(POP_TOP);
                } else {
                    storeCapture(ma.name, pc, p);
                }
                return;
            }
            pc.onTop++;
            b.emit(COPY, 1);
            boolean saved = pc.allowIrrefutable;
            pc.allowIrrefutable = true;
            pattern(ma.pattern, pc);
            pc.allowIrrefutable = saved;
            pc.onTop--;
            storeCapture(ma.name, pc, p);
        } else if (p instanceof MatchStar ms) {
            if (ms.name == null) {
                b.emit(POP_TOP);
            } else {
                storeCapture(ms.name, pc, p);
            }
        } else if (p instanceof MatchOr mo) {
            orPattern(mo, pc);
        } else if (p instanceof MatchSequence ms) {
            sequencePattern(ms, pc);
        } else if (p instanceof MatchMapping mm) {
            mappingPattern(mm, pc);
        } else if (p instanceof MatchClass mc) {
            classPattern(mc, pc);
        } else {
            throw error("unsupported pattern", p);
        }
    }

    private void sequencePattern(MatchSequence ms, PatternContext pc) {
        List<AstPattern> pats = ms.patterns;
        int size = pats.size();
        int star = -1;
        for (int i = 0; i < size; i++) {
            if (pats.get(i) instanceof MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern", pats.get(i));
                }
                star = i;
            }
        }
        pc.onTop++;
        b.emit(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            b.emit(GET_LEN);
            loadConst(PyInt.of(size));
            b.emit(COMPARE_OP, 2);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            b.emit(GET_LEN);
            loadConst(PyInt.of(size - 1));
            b.emit(COMPARE_OP, 5);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, size);
        } else {
            b.emit(UNPACK_EX, star | ((size - star - 1) << 8));
        }
        pc.onTop += size;
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        for (AstPattern sub : pats) {
            pc.onTop--;
            pattern(sub, pc);
        }
        pc.allowIrrefutable = saved;
    }

    private void mappingPattern(MatchMapping mm, PatternContext pc) {
        int size = mm.keys.size();
        pc.onTop++;
        b.emit(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && mm.rest == null) {
            pc.onTop--;
            b.emit(POP_TOP);
            return;
        }
        if (size == 0) {
            // {**rest}: a copy of the whole mapping
            pc.onTop--;
            b.emit(BUILD_MAP, 0);
            b.emit(SWAP, 2);
            b.emit(DICT_UPDATE, 1);
            storeCapture(mm.rest, pc, mm);
            return;
        }
        if (size > 0) {
            b.emit(GET_LEN);
            loadConst(PyInt.of(size));
            b.emit(COMPARE_OP, 5);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        List<PyObject> seen = new ArrayList<>();
        for (AstExpr k : mm.keys) {
            if (k instanceof Constant c) {
                PyObject v = constant(c.value);
                for (PyObject s : seen) {
                    if (s.type() == v.type() && org.matcha.objects.Abstract.eqBool(s, v)) {
                        throw error("mapping pattern checks duplicate key (" + org.matcha.objects.Abstract.reprString(v)
                                + ")", k);
                    }
                }
                seen.add(v);
            } else if (!(k instanceof Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups", k);
            }
            visitExpr(k);
        }
        b.emit(BUILD_TUPLE, size);
        b.emit(MATCH_KEYS);
        pc.onTop += 2;
        b.emit(COPY, 1);
        loadConst(org.matcha.objects.PyNone.NONE);
        b.emit(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        b.emit(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        for (AstPattern sub : mm.patterns) {
            pc.onTop--;
            pattern(sub, pc);
        }
        pc.allowIrrefutable = saved;
        // [subject, keys]
        if (mm.rest != null) {
            b.emit(BUILD_MAP, 0);
            b.emit(COPY, 3);
            b.emit(DICT_UPDATE, 1);
            b.emit(SWAP, 2);
            b.emit(UNPACK_SEQUENCE, size);
            for (int i = 0; i < size; i++) {
                b.emit(COPY, size - i + 1);
                b.emit(SWAP, 2);
                b.emit(DELETE_SUBSCR);
            }
            // [subject, rest]
            b.emit(SWAP, 2);
            b.emit(POP_TOP);
            pc.onTop -= 2;
            storeCapture(mm.rest, pc, mm);
        } else {
            b.emit(POP_TOP);
            b.emit(POP_TOP);
            pc.onTop -= 2;
        }
    }

    private void classPattern(MatchClass mc, PatternContext pc) {
        int nargs = mc.patterns.size();
        int nattrs = mc.kwdAttrs.size();
        if (nattrs != mc.kwdPatterns.size()) {
            throw error("kwd_attrs (" + nattrs + ") != kwd_patterns (" + mc.kwdPatterns.size() + ")", mc);
        }
        for (int i = 0; i < nattrs; i++) {
            for (int j = i + 1; j < nattrs; j++) {
                if (mc.kwdAttrs.get(i).equals(mc.kwdAttrs.get(j))) {
                    throw error("attribute name repeated in class pattern: " + mc.kwdAttrs.get(i),
                            mc.kwdPatterns.get(j));
                }
            }
        }
        visitExpr(mc.cls);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = PyStr.of(mc.kwdAttrs.get(i));
        }
        loadConst(PyTuple.of(names));
        setLocation(mc);
        b.emit(MATCH_CLASS, nargs);
        b.emit(COPY, 1);
        loadConst(org.matcha.objects.PyNone.NONE);
        b.emit(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        b.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        for (AstPattern sub : mc.patterns) {
            pc.onTop--;
            pattern(sub, pc);
        }
        for (AstPattern sub : mc.kwdPatterns) {
            pc.onTop--;
            pattern(sub, pc);
        }
        pc.allowIrrefutable = saved;
    }

    private void orPattern(MatchOr mo, PatternContext pc) {
        CodeBuilder.Label end = b.newLabel();
        List<String> firstStores = null;
        int n = mo.patterns.size();
        boolean saved = pc.allowIrrefutable;
        for (int i = 0; i < n; i++) {
            AstPattern alt = mo.patterns.get(i);
            PatternContext sub = new PatternContext();
            sub.allowIrrefutable = (i == n - 1) && saved;
            sub.onTop = 0;
            b.emit(COPY, 1);
            pattern(alt, sub);
            if (firstStores == null) {
                firstStores = new ArrayList<>(sub.stores);
            } else if (!new java.util.HashSet<>(firstStores).equals(new java.util.HashSet<>(sub.stores))) {
                throw error("alternative patterns bind different names", alt);
            }
            // success: [subject] remains
            b.emit(POP_TOP);
            b.emitJump(JUMP, end);
            emitFailPops(sub);
        }
        // no alternative matched: the subject is still there
        b.emit(POP_TOP);
        jumpToFailPop(pc, JUMP);
        b.mark(end);
        if (firstStores != null) {
            for (String s : firstStores) {
                if (pc.stores.contains(s)) {
                    throw error("multiple assignments to name '" + s + "' in pattern", mo);
                }
                pc.stores.add(s);
            }
        }
    }

    /** A match statement. CPython: compiler_match_inner. */
    void match(Match m) {
        visitExpr(m.subject);
        CodeBuilder.Label end = b.newLabel();
        int cases = m.cases.size();
        boolean lastIsDefault = false;
        MatchCase last = m.cases.get(cases - 1);
        if (last.guard == null && last.pattern instanceof MatchAs ma && ma.pattern == null && ma.name == null) {
            lastIsDefault = true;
        }
        int withPatterns = lastIsDefault ? cases - 1 : cases;
        for (int i = 0; i < withPatterns; i++) {
            MatchCase c = m.cases.get(i);
            PatternContext pc = new PatternContext();
            pc.allowIrrefutable = c.guard != null || i == cases - 1;
            if (i != cases - 1) {
                b.emit(COPY, 1);
            }
            pc.onTop = 0;
            pattern(c.pattern, pc);
            if (c.guard != null) {
                while (pc.failPop.isEmpty()) {
                    pc.failPop.add(b.newLabel());
                }
                jumpIf(c.guard, pc.failPop.get(0), false);
            }
            if (i != cases - 1) {
                b.emit(POP_TOP);
            }
            visitStmts(c.body);
            b.emitJump(JUMP, end);
            emitFailPops(pc);
        }
        if (lastIsDefault) {
            b.emit(POP_TOP);
            visitStmts(last.body);
        }
        b.mark(end);
    }
}
