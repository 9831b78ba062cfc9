package org.matcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MATCHA_PROFILE=1 and --profile: the program's own output is unchanged, and stderr ends with a
 * report that names the executed opcodes and the hot function with its exact call count.
 */
class ProfileCommandTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
            + "total = 0\nfor i in range(40):\n    total += fib(15)\nprint(total)\n";

    private String[] matcha(boolean env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target/classes").toAbsolutePath().toString(), "org.matcha.Main"));
        cmd.addAll(List.of(args));
        return run(env, cmd);
    }

    private String[] run(boolean env, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("MATCHA_PROFILE");
        if (env) {
            pb.environment().put("MATCHA_PROFILE", "1");
        }
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        return new String[] {out, Files.readString(err), String.valueOf(status)};
    }

    private static void checkReport(String stderr) {
        assertTrue(stderr.startsWith("matcha profile: "), stderr);
        // fib(15) makes 1973 calls; 40 of them: 78920 frames of fib, counted exactly
        Matcher fib = Pattern.compile("(?m)^fib \\(prog\\.py:1\\)\\s+(\\d+)\\s").matcher(stderr);
        assertTrue(fib.find(), stderr);
        assertEquals("78920", fib.group(1), stderr);
        Matcher module = Pattern.compile("(?m)^<module> \\(prog\\.py:1\\)\\s+1\\s").matcher(stderr);
        assertTrue(module.find(), stderr);
        for (String op : new String[] {"CALL", "BINARY_OP", "LOAD_FAST", "RETURN_VALUE"}) {
            Matcher m = Pattern.compile("(?m)^" + op + "\\s+(\\d+)\\s").matcher(stderr);
            assertTrue(m.find(), op + " in\n" + stderr);
            assertTrue(Long.parseLong(m.group(1)) >= 78920, op + " in\n" + stderr);
        }
    }

    @Test
    void reportsOpcodesAndFunctions() throws Exception {
        Files.writeString(dir.resolve("prog.py"), PROGRAM);
        String[] cpython = run(false, List.of("python3", "prog.py"));
        String[] plain = matcha(false, "prog.py");
        assertEquals(cpython[0], plain[0]);
        assertEquals("", plain[1]);
        String[] flag = matcha(false, "--profile", "prog.py");
        assertEquals(plain[0], flag[0]);
        assertEquals("0", flag[2]);
        checkReport(flag[1]);
        String[] env = matcha(true, "prog.py");
        assertEquals(plain[0], env[0]);
        checkReport(env[1]);
    }
}
