package org.matcha.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy this machine's CPUs are, from the aggregate line of /proc/stat (the share of all cores
 * not idle or waiting on I/O over a short window) and /proc/loadavg; waits for a quiet CPU before
 * a timed run, within a per-wait and a whole-session budget.
 */
final class CpuLoad {
    /** A window is quiet when at most this share of all cores was busy (0.25 = half a core of 2). */
    static final double QUIET = 0.25;
    private static final long SAMPLE_MILLIS = 400;

    private long budgetMillis;
    private final long maxWaitMillis;

    /** What was seen just before a run: busy share of all cores, 1-minute load average, time waited. */
    record Seen(double busy, double loadAverage, long waitedMillis) {}

    CpuLoad(long maxWaitMillis, long sessionBudgetMillis) {
        this.maxWaitMillis = maxWaitMillis;
        this.budgetMillis = sessionBudgetMillis;
    }

    /** Samples until a window is quiet or the wait (or the session's budget) is used up. */
    Seen waitForQuiet() throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        double busy = busyShare(SAMPLE_MILLIS);
        while (busy > QUIET) {
            long waited = System.currentTimeMillis() - start;
            if (waited >= maxWaitMillis || waited >= budgetMillis) {
                break;
            }
            busy = busyShare(SAMPLE_MILLIS);
        }
        long waited = System.currentTimeMillis() - start;
        budgetMillis = Math.max(0, budgetMillis - waited);
        return new Seen(busy, loadAverage(), waited);
    }

    /** The share of all cores that was busy during a window of {@code millis}. */
    static double busyShare(long millis) throws IOException, InterruptedException {
        long[] a = cpuTicks();
        Thread.sleep(millis);
        long[] b = cpuTicks();
        long total = b[0] - a[0];
        return total <= 0 ? 0 : 1.0 - (double) (b[1] - a[1]) / total;
    }

    /** {total ticks, idle + iowait ticks} from the "cpu" line of /proc/stat. */
    private static long[] cpuTicks() throws IOException {
        String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] f = line.trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
