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

/** The JVM command line's host: real standard streams and files. */
final class JvmHost implements Host {
    private final PrintStream out;
    private final PrintStream err;
    private BufferedReader in;

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
    public long timeNanos() {
        return System.currentTimeMillis() * 1_000_000L;
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
