package org.matcha;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.matcha.bytecode.Opcode;
import org.matcha.bytecode.PyCode;
import org.matcha.vm.Interpreter;
import org.matcha.vm.VmProfile;

/**
 * {@code MATCHA_PROFILE=1} or {@code --profile} on the JVM runner: a daemon thread samples the
 * running interpreter's frame chain about every millisecond (self time goes to the innermost code
 * object, total time once to each distinct code object on the chain), and at exit {@link #report}
 * prints to stderr the most executed opcodes and the hottest Python functions with their call
 * counts (from {@link VmProfile}). JVM only: the browser build profiles with DevTools instead.
 */
final class JvmProfiler {
    static final String PROPERTY = "matcha.profile";
    private static final int TOP = 20;
    private static final int MAX_DEPTH = 10_000;

    private final IdentityHashMap<PyCode, long[]> selfNanos = new IdentityHashMap<>();
    private final IdentityHashMap<PyCode, long[]> totalNanos = new IdentityHashMap<>();
    private long sampledNanos;
    private volatile boolean stopped;
    private final Thread sampler;

    private JvmProfiler() {
        sampler = new Thread(this::sampleLoop, "matcha-profiler");
        sampler.setDaemon(true);
    }

    /** Whether the command line or the environment asks for a profile. */
    static boolean requested(String[] args) {
        return "1".equals(System.getenv("MATCHA_PROFILE")) || (args.length > 0 && args[0].equals("--profile"));
    }

    /** Turns the VM's counters on (before any VM class is used) and starts the sampler. */
    static JvmProfiler start() {
        System.setProperty(PROPERTY, "1");
        JvmProfiler p = new JvmProfiler();
        p.sampler.start();
        return p;
    }

    private void sampleLoop() {
        long last = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long dt = now - last;
            last = now;
            Interpreter interp = Interpreter.current();
            if (interp == null) {
                continue;
            }
            ArrayList<PyCode> chain;
            try {
                chain = VmProfile.currentStack(interp, MAX_DEPTH);
            } catch (RuntimeException e) {
                continue; // the chain changed under the sampler: skip this tick
            }
            if (chain.isEmpty()) {
                continue;
            }
            synchronized (this) {
                sampledNanos += dt;
                add(selfNanos, chain.get(0), dt);
                IdentityHashMap<PyCode, Boolean> seen = new IdentityHashMap<>();
                for (PyCode c : chain) {
                    if (c != null && seen.put(c, Boolean.TRUE) == null) {
                        add(totalNanos, c, dt);
                    }
                }
            }
        }
    }

    private static void add(IdentityHashMap<PyCode, long[]> map, PyCode c, long dt) {
        if (c != null) {
            map.computeIfAbsent(c, k -> new long[1])[0] += dt;
        }
    }

    private static long get(IdentityHashMap<PyCode, long[]> map, PyCode c) {
        long[] v = map.get(c);
        return v == null ? 0 : v[0];
    }

    /** Stops sampling and prints the report. */
    void report(PrintStream out) {
        stopped = true;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (long n : VmProfile.OPCODE_COUNTS) {
            total += n;
        }
        sb.append("matcha profile: ").append(total).append(" instructions executed\n");
        sb.append(pad("opcode", -24)).append(pad("count", 14)).append(pad("%", 8)).append('\n');
        Integer[] ops = new Integer[256];
        for (int i = 0; i < 256; i++) {
            ops[i] = i;
        }
        java.util.Arrays.sort(ops, (a, b) -> Long.compare(VmProfile.OPCODE_COUNTS[b], VmProfile.OPCODE_COUNTS[a]));
        for (int k = 0; k < TOP && VmProfile.OPCODE_COUNTS[ops[k]] > 0; k++) {
            int op = ops[k];
            String name = op < Opcode.NAMES.length && Opcode.NAMES[op] != null ? Opcode.NAMES[op] : "op" + op;
            sb.append(pad(name, -24)).append(pad(Long.toString(VmProfile.OPCODE_COUNTS[op]), 14))
                    .append(pad(percent(VmProfile.OPCODE_COUNTS[op], total), 8)).append('\n');
        }
        long fused = 0;
        for (long n : VmProfile.FUSED_COUNTS) {
            fused += n;
        }
        if (fused > 0) {
            sb.append("superinstructions: ").append(fused).append(" dispatches ran two of the instructions above each\n");
            java.util.Arrays.sort(ops, (a, b) -> Long.compare(VmProfile.FUSED_COUNTS[b], VmProfile.FUSED_COUNTS[a]));
            for (int k = 0; k < TOP && VmProfile.FUSED_COUNTS[ops[k]] > 0; k++) {
                sb.append(pad(Opcode.NAMES[ops[k]], -32)).append(pad(Long.toString(VmProfile.FUSED_COUNTS[ops[k]]), 14))
                        .append(pad(percent(VmProfile.FUSED_COUNTS[ops[k]], fused), 8)).append('\n');
            }
        }
        ArrayList<PyCode> codes = VmProfile.calledCodes();
        synchronized (this) {
            codes.sort((a, b) -> {
                int c = Long.compare(get(selfNanos, b), get(selfNanos, a));
                return c != 0 ? c : Long.compare(VmProfile.calls(b), VmProfile.calls(a));
            });
            sb.append("\nfunctions (sampled every ~1 ms, ").append(sampledNanos / 1_000_000).append(" ms in Python code)\n");
            sb.append(pad("function", -48)).append(pad("calls", 12)).append(pad("self ms", 10)).append(pad("self %", 8))
                    .append(pad("total ms", 10)).append(pad("total %", 9)).append('\n');
            for (int k = 0; k < TOP && k < codes.size(); k++) {
                PyCode c = codes.get(k);
                long self = get(selfNanos, c);
                long tot = get(totalNanos, c);
                String where = c.qualname + " (" + shortName(c.filename) + ":" + c.firstlineno + ")";
                sb.append(pad(where, -48)).append(pad(Long.toString(VmProfile.calls(c)), 12))
                        .append(pad(Long.toString(self / 1_000_000), 10)).append(pad(percent(self, sampledNanos), 8))
                        .append(pad(Long.toString(tot / 1_000_000), 10)).append(pad(percent(tot, sampledNanos), 9))
                        .append('\n');
            }
        }
        out.print(sb);
        out.flush();
    }

    private static String shortName(String file) {
        int slash = file == null ? -1 : file.lastIndexOf('/');
        return slash < 0 ? String.valueOf(file) : file.substring(slash + 1);
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.0";
        }
        long tenths = Math.round(part * 1000.0 / whole);
        return (tenths / 10) + "." + (tenths % 10);
    }

    /** Right-aligns in {@code width} columns, or left-aligns when {@code width} is negative. */
    private static String pad(String s, int width) {
        int w = Math.abs(width);
        if (s.length() >= w) {
            return width < 0 ? s + " " : " " + s;
        }
        String spaces = " ".repeat(w - s.length());
        return width < 0 ? s + spaces : spaces + s;
    }
}
