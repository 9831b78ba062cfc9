package org.matcha.compiler;

import java.util.ArrayList;
import java.util.List;
import org.matcha.bytecode.Opcode;

/**
 * The instruction stream of one code object while it is compiled, and its assembly: jump labels
 * resolved, the maximum stack depth computed from the opcode table, and the exception table built
 * from the handler each instruction was emitted under.
 * CPython: Python/compile.c (stackdepth, assemble, the exception-table pass).
 */
final class CodeBuilder {
    /** A jump target, placed with {@link #mark}. */
    static final class Label {
        int position = -1;
    }

    /** An exception handler: where to go and how deep the stack is when it starts. */
    static final class Handler {
        final Label target;
        final boolean pushLasti;
        int depth = -1;
        final int depthAdjust;

        Handler(Label target, boolean pushLasti, int depthAdjust) {
            this.target = target;
            this.pushLasti = pushLasti;
            this.depthAdjust = depthAdjust;
        }
    }

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private final List<Label> labels = new ArrayList<>();
    private Label[] jumpTargets = new Label[64];
    private Handler[] handlers = new Handler[64];
    private int[] positions = new int[256];
    private int count;
    /** Handlers whose stack depth is measured just before instruction index i. */
    private final List<Object[]> setups = new ArrayList<>();

    Handler currentHandler;
    int line = 1;
    int endLine = 1;
    int col;
    int endCol;

    int size() {
        return count;
    }

    Label newLabel() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    void mark(Label l) {
        l.position = count;
    }

    private void grow() {
        int n = ops.length * 2;
        ops = java.util.Arrays.copyOf(ops, n);
        args = java.util.Arrays.copyOf(args, n);
        jumpTargets = java.util.Arrays.copyOf(jumpTargets, n);
        handlers = java.util.Arrays.copyOf(handlers, n);
        positions = java.util.Arrays.copyOf(positions, n * 4);
    }

    void emit(int op, int arg) {
        if (count == ops.length) {
            grow();
        }
        ops[count] = op;
        args[count] = arg;
        jumpTargets[count] = null;
        handlers[count] = currentHandler;
        positions[count * 4] = line;
        positions[count * 4 + 1] = endLine;
        positions[count * 4 + 2] = col;
        positions[count * 4 + 3] = endCol;
        count++;
    }

    void emit(int op) {
        emit(op, 0);
    }

    void emitJump(int op, Label target) {
        emit(op, 0);
        jumpTargets[count - 1] = target;
    }

    /** Starts protecting the following instructions with {@code h}; its depth is measured here. */
    void setup(Handler h) {
        setups.add(new Object[] {count, h});
        currentHandler = h;
    }

    /** The last emitted opcode, or -1. */
    int lastOp() {
        return count == 0 ? -1 : ops[count - 1];
    }

    /** The assembled instructions, positions, exception table and stack size. */
    record Assembled(int[] code, int[] positions, int[] exceptionTable, int stacksize) {}

    Assembled assemble() {
        int[] code = new int[count];
        for (int i = 0; i < count; i++) {
            int arg = args[i];
            if (jumpTargets[i] != null) {
                if (jumpTargets[i].position < 0) {
                    throw new IllegalStateException("unplaced label");
                }
                arg = jumpTargets[i].position;
                args[i] = arg;
            }
            code[i] = ops[i] | (arg << 8);
        }
        int maxDepth = stackDepth();
        // exception table: runs of instructions sharing a handler
        List<Integer> table = new ArrayList<>();
        int i = 0;
        while (i < count) {
            Handler h = handlers[i];
            int start = i;
            while (i < count && handlers[i] == h) {
                i++;
            }
            if (h != null) {
                if (h.depth < 0) {
                    continue; // unreachable protected code
                }
                table.add(start);
                table.add(i);
                table.add(h.target.position);
                table.add(h.depth);
                table.add(h.pushLasti ? 1 : 0);
            }
        }
        int[] et = new int[table.size()];
        for (int k = 0; k < et.length; k++) {
            et[k] = table.get(k);
        }
        return new Assembled(code, java.util.Arrays.copyOf(positions, count * 4), et, maxDepth);
    }

    private static boolean isTerminal(int op) {
        return op == Opcode.JUMP || op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    /** Depth-first over the control flow, including handler entries. CPython: stackdepth. */
    private int stackDepth() {
        int[] depthAt = new int[count + 1];
        java.util.Arrays.fill(depthAt, -1);
        java.util.Map<Integer, List<Handler>> setupAt = new java.util.HashMap<>();
        for (Object[] s : setups) {
            setupAt.computeIfAbsent((Integer) s[0], k -> new ArrayList<>()).add((Handler) s[1]);
        }
        int[] work = new int[16];
        int top = 0;
        int max = 0;
        depthAt[0] = 0;
        work[top++] = 0;
        while (top > 0) {
            int i = work[--top];
            int depth = depthAt[i];
            while (i < count) {
                List<Handler> hs = setupAt.get(i);
                if (hs != null) {
                    for (Handler h : hs) {
                        if (h.depth < 0) {
                            h.depth = depth + h.depthAdjust;
                            int entry = h.depth + 1 + (h.pushLasti ? 1 : 0);
                            max = Math.max(max, entry);
                            int t = h.target.position;
                            if (depthAt[t] < 0) {
                                depthAt[t] = entry;
                                if (top == work.length) {
                                    work = java.util.Arrays.copyOf(work, top * 2);
                                }
                                work[top++] = t;
                            }
                        }
                    }
                }
                int op = ops[i];
                int arg = args[i];
                if (Opcode.isJump(op)) {
                    int t = arg;
                    int jd = depth + Opcode.stackEffect(op, arg, true);
                    max = Math.max(max, jd);
                    if (depthAt[t] < 0) {
                        depthAt[t] = jd;
                        if (top == work.length) {
                            work = java.util.Arrays.copyOf(work, top * 2);
                        }
                        work[top++] = t;
                    }
                }
                if (isTerminal(op)) {
                    break;
                }
                depth += Opcode.stackEffect(op, arg, false);
                max = Math.max(max, depth);
                i++;
                if (i < count && depthAt[i] >= 0) {
                    break;
                }
                if (i <= count) {
                    depthAt[i] = depth;
                }
            }
        }
        return max + 2;
    }
}
