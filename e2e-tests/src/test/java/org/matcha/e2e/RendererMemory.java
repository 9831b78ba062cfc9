package org.matcha.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Peak resident set size of one Chromium renderer process during a run, sampled every 10 ms from
 * /proc/PID/status (VmRSS) on a daemon thread. Renderers are found among this JVM's descendant
 * processes (Playwright's driver starts Chromium) by their {@code --type=renderer} argument.
 */
final class RendererMemory implements AutoCloseable {
    private final long pid;
    private volatile boolean armed;
    private volatile long peakKib;
    private final Thread sampler;

    RendererMemory(long pid) {
        this.pid = pid;
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (armed) {
                    peakKib = Math.max(peakKib, rssKib(pid));
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "renderer-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    void start() {
        peakKib = rssKib(pid);
        armed = true;
    }

    /** Stops sampling; the peak RSS in KiB since {@link #start}. */
    long stop() {
        armed = false;
        return Math.max(peakKib, rssKib(pid));
    }

    /** Renderer processes now running under this JVM. */
    static Set<Long> renderers() {
        return ProcessHandle.current().descendants().filter(p -> {
            try {
                return Files.readString(Path.of("/proc/" + p.pid() + "/cmdline")).contains("--type=renderer");
            } catch (IOException e) {
                return false;
            }
        }).map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** Of the renderers not in {@code before}, the one using most memory (the page's, not a spare). */
    static long newestLargest(Set<Long> before) {
        long best = -1;
        long bestRss = -1;
        for (long pid : renderers()) {
            long rss = rssKib(pid);
            if (!before.contains(pid) && rss > bestRss) {
                best = pid;
                bestRss = rss;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no Chromium renderer process found");
        }
        return best;
    }

    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
