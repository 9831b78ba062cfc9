package org.matcha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line behaves like python3's: -c with sys.argv, -m MODULE, a program on stdin, exit
 * statuses from sys.exit and uncaught exceptions, usage errors. Each case runs both programs as
 * processes in the same folder and compares stdout, stderr and status.
 */
class CommandLineTest {
    @TempDir
    Path dir;

    private String[] run(String stdin, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        String errText = Files.readString(err);
        Files.delete(err);
        return new String[] {out, errText, String.valueOf(status)};
    }

    private void same(String stdin, String... args) throws Exception {
        List<String> py = new ArrayList<>(List.of("python3"));
        py.addAll(List.of(args));
        List<String> mt = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target/classes").toAbsolutePath().toString(), "org.matcha.Main"));
        mt.addAll(List.of(args));
        String[] expected = run(stdin, py.toArray(new String[0]));
        String[] actual = run(stdin, mt.toArray(new String[0]));
        assertEquals(String.join("\n--\n", expected), String.join("\n--\n", actual), String.join(" ", args));
    }

    @Test
    void behavesLikePython3() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "import sys\nprint('mod', __name__, sys.argv[1:])\nsys.exit(4)\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__main__.py"), "print('package main', __name__)\n");
        Files.writeString(dir.resolve("fails.py"), "def f():\n    return {}['k']\nprint('start')\nf()\n");
        same(null, "-c", "import sys; print(sys.argv, __name__); sys.exit(3)", "a", "b");
        same(null, "-c", "raise SystemExit('bye')");
        same(null, "-c", "1/0");
        same(null, "-m", "mod", "x");
        same(null, "-m", "pkg");
        same(null, "fails.py");
        same("print('from stdin', 6 * 7)\n", "-");
    }
}
