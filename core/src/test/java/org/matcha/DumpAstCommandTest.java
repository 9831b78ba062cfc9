package org.matcha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar matcha.jar --dump-ast FILE...}: the dump on stdout, a SyntaxError formatted as
 * CPython prints it on stderr, exit status 1 when a file does not parse. Expected texts come
 * from python3 at test time.
 */
class DumpAstCommandTest {
    @TempDir
    Path dir;

    @Test
    void dumpsLikeCPythonAndExitsOneOnSyntaxError() throws Exception {
        Path good = dir.resolve("good.py");
        Files.writeString(good, "x: int = f(*a, k=1)[1:2, ...]\nmatch x:\n    case [1, *r] if r: pass\n");
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "def f(:\n    pass\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run(new String[] {"--dump-ast", good.toString(), bad.toString()});
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        assertEquals(1, status);
        assertEquals(python("import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))",
                good.toString(), false), out.toString(StandardCharsets.UTF_8));
        assertEquals(python(null, bad.toString(), true), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, Main.run(new String[] {"--no-such-option"}));
    }

    /** stdout of python3 -c CODE FILE, or stderr of python3 FILE (the uncaught SyntaxError). */
    private static String python(String code, String file, boolean stderr) throws Exception {
        ProcessBuilder pb = code == null ? new ProcessBuilder("python3", file) : new ProcessBuilder("python3", "-c", code, file);
        pb.redirectErrorStream(false);
        Process p = pb.start();
        byte[] o = p.getInputStream().readAllBytes();
        byte[] e = p.getErrorStream().readAllBytes();
        p.waitFor();
        return new String(stderr ? e : o, StandardCharsets.UTF_8);
    }
}
