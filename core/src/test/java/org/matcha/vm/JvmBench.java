package org.matcha.vm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The JVM half of scripts/bench-vm without the browser (not a test), run by scripts/bench-jvm while
 * optimising the VM: each program of ../shared/bench under CPython 3.11 (timed in-process by
 * tools/bench_cpython.py, start-up excluded, its output checked against a plain run's) and Matcha
 * in-process after two warm-up runs, interleaved per program, outputs checked against CPython's.
 * Prints a Markdown table of medians and the geometric means of the ratios, by wall time and by CPU
 * time (CPython's process_time() around the program, the whole JVM process's for Matcha, JIT and GC
 * threads included): on a shared 2-core machine the CPU ratio is the steadier one.
 */
public final class JvmBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toRealPath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : "";
        Path[] files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> only.isEmpty() || Arrays.asList(only.split(",")).contains(p.getFileName().toString()))
                    .sorted().toArray(Path[]::new);
        }
        StringBuilder table = new StringBuilder("| program | CPython 3.11 wall (s) | Matcha JVM wall (s) | JVM / CPython | CPython CPU (s) | JVM CPU (s) | "
                + "JVM / CPython (CPU) |\n|---|---|---|---|---|---|---|\n");
        double logSum = 0;
        double logCpu = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            byte[] src = Files.readAllBytes(f);
            double[] cp = new double[runs];
            double[] jvm = new double[runs];
            double[] cpCpu = new double[runs];
            double[] jvmCpu = new double[runs];
            String expected = null;
            for (int i = -2; i < runs; i++) {
                if (i == -2) {   // the reference output: a plain `python3 FILE` run
                    Process p = new ProcessBuilder("python3", f.toString()).redirectErrorStream(true).start();
                    expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    p.waitFor();
                }
                if (i >= 0) {   // timed in-process by tools/bench_cpython.py: "WALL CPU" seconds, start-up excluded
                    Path times = Files.createTempFile("bench", ".time");
                    Process p = new ProcessBuilder("python3", "tools/bench_cpython.py", times.toString(), f.toString())
                            .redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    p.waitFor();
                    if (!out.equals(expected)) {
                        throw new IllegalStateException("CPython's timed output differs for " + name + ":\n" + out);
                    }
                    String[] us = Files.readString(times).trim().split("\\s+");
                    cp[i] = Double.parseDouble(us[0]);
                    cpCpu[i] = Double.parseDouble(us[1]);
                    Files.delete(times);
                }
                BufferHost host = new BufferHost(x -> null, x -> false, x -> false, System::nanoTime);
                long t0 = System.nanoTime();
                long c0 = OS.getProcessCpuTime();
                Thread t = new Thread(null, () -> {
                    PythonRunner r = new PythonRunner(host);
                    r.setArgv(new String[] {name}, dir.toString());
                    r.runSource(src, f.toString());
                }, "bench", 512L << 20);
                t.start();
                t.join();
                double secs = (System.nanoTime() - t0) / 1e9;
                if (i >= 0) {
                    jvm[i] = secs;
                    jvmCpu[i] = (OS.getProcessCpuTime() - c0) / 1e9;
                    if (!(host.stdout.toString() + host.stderr).equals(expected)) {
                        throw new IllegalStateException("output differs for " + name + ":\n" + host.stdout + host.stderr);
                    }
                }
            }
            double c = median(cp);
            double j = median(jvm);
            double cc = median(cpCpu);
            double jc = median(jvmCpu);
            logSum += Math.log(j / c);
            logCpu += Math.log(jc / cc);
            table.append("| ").append(name).append(" | ").append(fmt(c, 3)).append(" | ").append(fmt(j, 3))
                    .append(" | ").append(fmt(j / c, 2)).append("× | ").append(fmt(cc, 3)).append(" | ")
                    .append(fmt(jc, 3)).append(" | ").append(fmt(jc / cc, 2)).append("× |\n");
            System.err.println(name + " wall " + fmt(j / c, 2) + " cpu " + fmt(jc / cc, 2));
        }
        table.append("| **geometric mean** | | | **").append(fmt(Math.exp(logSum / files.length), 2))
                .append("×** | | | **").append(fmt(Math.exp(logCpu / files.length), 2)).append("×** |\n");
        System.out.print(table);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    static String fmt(double v, int digits) {
        return java.math.BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
