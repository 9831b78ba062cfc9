package org.matcha.e2e;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.matcha.vm.BufferHost;
import org.matcha.vm.FrozenBundle;
import org.matcha.vm.PythonRunner;

/**
 * Matcha on the JVM, warm and in-process: each run is a fresh interpreter (core frozen stdlib) in
 * this JVM, on a thread with a large stack, timed around runSource. Memory is measured apart, by
 * a fresh JVM per program ({@code -XX:+UseSerialGC -Xmx2g}, org.matcha.Main) under GNU time: the
 * whole process's peak RSS, JVM and class data included.
 */
final class JvmRuntime implements BenchRuntime {
    private final String classpath;
    private final Path rssFile;

    JvmRuntime(String classpath) throws Exception {
        this.classpath = classpath;
        this.rssFile = Files.createTempFile("matcha-bench-rss", ".txt");
        try (InputStream in = JvmRuntime.class.getClassLoader().getResourceAsStream("org/matcha/stdlib/stdlib-core.bundle")) {
            if (in == null) {
                throw new IllegalStateException("stdlib-core.bundle is not on the classpath: build frozen-stdlib first");
            }
            FrozenBundle.addDefault(FrozenBundle.parse(in.readAllBytes()));
        }
    }

    @Override
    public String key() {
        return "jvm";
    }

    @Override
    public String label() {
        return "Matcha JVM (" + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ")";
    }

    @Override
    public int warmups() {
        return 2;
    }

    @Override
    public Run run(Path file) throws Exception {
        byte[] src = Files.readAllBytes(file);
        BufferHost host = new BufferHost(x -> null, x -> false, x -> false, System::nanoTime);
        long[] nanos = {0};
        Thread t = new Thread(null, () -> {
            PythonRunner r = new PythonRunner(host);
            r.setArgv(new String[] {file.getFileName().toString()}, file.getParent().toString());
            long t0 = System.nanoTime();
            r.runSource(src, file.toString());
            nanos[0] = System.nanoTime() - t0;
        }, "bench", 512L << 20);
        t.start();
        t.join();
        return new Run(nanos[0] / 1e9, host.stdout.toString() + host.stderr, -1);
    }

    @Override
    public Run memoryRun(Path file) throws Exception {
        return ProcessRuntime.runMeasured(List.of("java", "-XX:+UseSerialGC", "-Xmx2g", "-Xss64m", "-cp", classpath,
                "org.matcha.Main"), file, rssFile);
    }

    @Override
    public void close() throws Exception {
        Files.deleteIfExists(rssFile);
    }
}
