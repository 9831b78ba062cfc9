package org.matcha.bytecode;

import static org.matcha.bytecode.Opcode.*;

/**
 * Superinstructions: after assembly, each instruction that starts one of the common pairs below is
 * rewritten in place to a fused opcode; the eval loop runs both halves in one dispatch and skips the
 * second word. The second word is left as it was, so a jump to it, the exception table, the line
 * table and the inline caches (indexed by word) are unchanged, and the rewrite never changes the
 * code's length. The pairs were chosen from MATCHA_PROFILE pair counts over ../shared/bench
 * (LOAD_FAST LOAD_CONST, LOAD_CONST BINARY_OP, COMPARE_OP POP_JUMP_IF_FALSE, ... are the most
 * frequent). co_code and the disassembler show the original opcode ({@link #base}). CPython:
 * Python/specialize.c _PyCode_Quicken, which makes 3.11's LOAD_FAST__LOAD_FAST and friends.
 */
public final class Quickener {
    private Quickener() {}

    /** Rewrites {@code code} in place; code that is already quickened is left as it is. */
    public static void quicken(int[] code) {
        for (int i = 0; i + 1 < code.length; i++) {
            int fused = fuse(code[i] & 0xFF, base(code[i + 1] & 0xFF));
            if (fused >= 0) {
                code[i] = (code[i] & ~0xFF) | fused;
            }
        }
    }

    /** The superinstruction for {@code first} followed by {@code second}, or -1. */
    private static int fuse(int first, int second) {
        switch (first) {
            case LOAD_FAST:
                switch (second) {
                    case LOAD_FAST: return LOAD_FAST__LOAD_FAST;
                    case LOAD_CONST: return LOAD_FAST__LOAD_CONST;
                    case LOAD_ATTR: return LOAD_FAST__LOAD_ATTR;
                    case BINARY_OP: return LOAD_FAST__BINARY_OP;
                    default: return -1;
                }
            case STORE_FAST:
                return second == LOAD_FAST ? STORE_FAST__LOAD_FAST : -1;
            case LOAD_CONST:
                return second == BINARY_OP ? LOAD_CONST__BINARY_OP : -1;
            case BINARY_OP:
                return second == STORE_FAST ? BINARY_OP__STORE_FAST : second == BINARY_OP ? BINARY_OP__BINARY_OP : -1;
            case FOR_ITER:
                return second == STORE_FAST ? FOR_ITER__STORE_FAST : -1;
            case COMPARE_OP:
                return second == POP_JUMP_IF_FALSE ? COMPARE_OP__POP_JUMP_IF_FALSE
                        : second == POP_JUMP_IF_TRUE ? COMPARE_OP__POP_JUMP_IF_TRUE : -1;
            case LOAD_GLOBAL:
                return second == PUSH_NULL ? LOAD_GLOBAL__PUSH_NULL : -1;
            default:
                return -1;
        }
    }

    /** The opcode a superinstruction was made from (itself for any other opcode). */
    public static int base(int op) {
        switch (op) {
            case LOAD_FAST__LOAD_FAST:
            case LOAD_FAST__LOAD_CONST:
            case LOAD_FAST__LOAD_ATTR:
            case LOAD_FAST__BINARY_OP:
                return LOAD_FAST;
            case STORE_FAST__LOAD_FAST:
                return STORE_FAST;
            case LOAD_CONST__BINARY_OP:
                return LOAD_CONST;
            case BINARY_OP__STORE_FAST:
            case BINARY_OP__BINARY_OP:
                return BINARY_OP;
            case FOR_ITER__STORE_FAST:
                return FOR_ITER;
            case COMPARE_OP__POP_JUMP_IF_FALSE:
            case COMPARE_OP__POP_JUMP_IF_TRUE:
                return COMPARE_OP;
            case LOAD_GLOBAL__PUSH_NULL:
                return LOAD_GLOBAL;
            default:
                return op;
        }
    }

    /** The instruction with a superinstruction's opcode replaced by its original one. */
    public static int unquickened(int instr) {
        return (instr & ~0xFF) | base(instr & 0xFF);
    }
}
