package org.matcha.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.matcha.bytecode.PyCode;

/**
 * The counters behind {@code MATCHA_PROFILE=1} / {@code --profile} on the JVM runner: instructions
 * executed per opcode (counted by the eval loop's dispatch) and activations per code object
 * (counted when a frame is made). {@link #ENABLED} is read once from the system property
 * {@code matcha.profile}, which the runner sets before the VM starts; it is a static final, so with
 * profiling off the JIT removes the checks. Timing comes from the runner's sampler, which reads the
 * interpreter's current frame chain (see org.matcha.JvmProfiler). CPython has no equivalent built
 * in (its closest is the specialisation stats build, Python/specialize.c).
 */
public final class VmProfile {
    private VmProfile() {}

    public static final boolean ENABLED = "1".equals(System.getProperty("matcha.profile"));

    /** Instructions executed, by opcode (the two halves of a superinstruction count as their own opcodes). */
    public static final long[] OPCODE_COUNTS = new long[256];
    /** Dispatches of each superinstruction (bytecode.Quickener). */
    public static final long[] FUSED_COUNTS = new long[256];

    /** The eval loop dispatched {@code op}; {@code code[next]} is the following word. */
    static void count(int op, int[] code, int next) {
        int first = org.matcha.bytecode.Quickener.base(op);
        OPCODE_COUNTS[first]++;
        if (first != op) {
            FUSED_COUNTS[op]++;
            OPCODE_COUNTS[org.matcha.bytecode.Quickener.base(code[next] & 0xFF)]++;
        }
    }

    private static final IdentityHashMap<PyCode, long[]> CALLS = new IdentityHashMap<>();
    private static final ArrayList<PyCode> CALLED = new ArrayList<>();

    /** A frame of {@code code} was made (a call, a module or class body, or a generator). */
    static void called(PyCode code) {
        synchronized (CALLS) {
            long[] n = CALLS.get(code);
            if (n == null) {
                n = new long[1];
                CALLS.put(code, n);
                CALLED.add(code);
            }
            n[0]++;
        }
    }

    /** The code objects that ran, in first-call order. */
    public static ArrayList<PyCode> calledCodes() {
        synchronized (CALLS) {
            return new ArrayList<>(CALLED);
        }
    }

    /** How many frames of {@code code} were made. */
    public static long calls(PyCode code) {
        synchronized (CALLS) {
            long[] n = CALLS.get(code);
            return n == null ? 0 : n[0];
        }
    }

    /** The code objects on the running interpreter's frame chain, innermost first (for the sampler). */
    public static ArrayList<PyCode> currentStack(Interpreter interp, int limit) {
        ArrayList<PyCode> out = new ArrayList<>();
        for (Frame f = interp.currentFrame; f != null && out.size() < limit; f = f.back) {
            out.add(f.code);
        }
        return out;
    }
}
