package org.matcha;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matcha.vm.Host;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.NioFileSystem;

/** The JVM command line's host: real standard streams and files. */
final class JvmHost implements Host {
    private final PrintStream out;
    private final PrintStream err;
    private BufferedReader in;
    private final NioFileSystem fileSystem = new NioFileSystem();

    JvmHost(OutputStream stdout, OutputStream stderr) {
        this.out = new PrintStream(new java.io.BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    }

    static JvmHost system() {
        return new JvmHost(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    @Override
    public void writeStdout(String text) {
        out.print(text);
    }

    @Override
    public void writeStderr(String text) {
        out.flush(); // what was printed before appears before the error, as with a terminal
        err.print(text);
        err.flush();
    }

    @Override
    public String readLine() {
        out.flush();
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                b.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return b.length() == 0 ? null : b.toString();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public byte[] readFile(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean isDirectory(String path) {
        return Files.isDirectory(Path.of(path));
    }

    @Override
    public boolean isFile(String path) {
        return Files.isRegularFile(Path.of(path));
    }

    @Override
    public HostFileSystem fileSystem() {
        return fileSystem;
    }

    @Override
    public long timeNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public long cpuTimeNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }

    @Override
    public void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An Instant for any time_t: java.time stops at years -1e9 and 1e9, where offsets are fixed anyway. */
    private static java.time.Instant instant(long epochSeconds) {
        long max = java.time.Instant.MAX.getEpochSecond();
        long min = java.time.Instant.MIN.getEpochSecond();
        return java.time.Instant.ofEpochSecond(Math.max(min, Math.min(max, epochSeconds)));
    }

    private static java.time.zone.ZoneRules zoneRules() {
        return java.time.ZoneId.systemDefault().getRules();
    }

    @Override
    public int utcOffsetSeconds(long epochSeconds) {
        return zoneRules().getOffset(instant(epochSeconds)).getTotalSeconds();
    }

    @Override
    public String zoneAbbreviation(long epochSeconds) {
        java.util.TimeZone tz = java.util.TimeZone.getDefault();
        boolean dst = isDaylightTime(epochSeconds);
        return tz.getDisplayName(dst, java.util.TimeZone.SHORT, java.util.Locale.ROOT);
    }

    @Override
    public boolean isDaylightTime(long epochSeconds) {
        return zoneRules().isDaylightSavings(instant(epochSeconds));
    }

    @Override
    public byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        new java.security.SecureRandom().nextBytes(out);
        return out;
    }

    @Override
    public java.util.Map<String, String> environment() {
        return new java.util.LinkedHashMap<>(System.getenv());
    }

    @Override
    public long processId() {
        return ProcessHandle.current().pid();
    }

    @Override
    public int cpuCount() {
        return java.lang.Runtime.getRuntime().availableProcessors();
    }

    @Override
    public long monotonicNanos() {
        return System.nanoTime();
    }

    @Override
    public void flush() {
        out.flush();
    }
}
