package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * matcha.wasm's command line under wasmtime, against python3 run the same way at test time:
 * argv, -c/-m/FILE/-, stdin, os.environ, files in a preopened folder, exit statuses, tracebacks,
 * the REPL, RecursionError; and what only WASI has: paths outside the preopens.
 */
@EnabledIfSystemProperty(named = "wasi", matches = "true", disabledReason = "needs -Pwasi (wasi/target/matcha.wasm)")
class WasiCommandLineTest {
    static WasiRunner wasi;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        wasi = new WasiRunner();
    }

    @AfterAll
    static void stop() {
        if (wasi != null) {
            wasi.close();
        }
    }

    /** python3 ARGS in cwd with env added and stdin fed. */
    static WasiRunner.Result cpython(List<String> args, Map<String, String> env, Path cwd, String stdin)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        Path errFile = Files.createTempFile("cpython-stderr", ".txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        p.getOutputStream().write((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        String err = Files.readString(errFile);
        Files.delete(errFile);
        return new WasiRunner.Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    /** matcha.wasm ARGS with dir preopened under its own path and PWD set to it. */
    WasiRunner.Result matcha(List<String> args, Map<String, String> env, String stdin) throws IOException {
        List<String> argv = new ArrayList<>(List.of("matcha.wasm"));
        argv.addAll(args);
        Map<String, String> all = new java.util.LinkedHashMap<>(env);
        all.put("PWD", dir.toString());
        return wasi.run(argv, all, List.of(dir.toString()), stdin, 60);
    }

    void assertSameAsCPython(List<String> args, Map<String, String> env, String stdin) throws Exception {
        WasiRunner.Result expected = cpython(args, env, dir, stdin);
        WasiRunner.Result actual = matcha(args, env, stdin);
        assertEquals(expected.joined(), actual.joined(), "python3 " + args);
    }

    @Test
    void commandArgvAndStatus() throws Exception {
        assertSameAsCPython(List.of("-c", "import sys; print(sys.argv); sys.exit(3)", "a", "b c"), Map.of(), null);
        assertSameAsCPython(List.of("-c", "import sys; sys.exit('bye')"), Map.of(), null);
        assertSameAsCPython(List.of("-c", "print('ok')"), Map.of(), null);
    }

    @Test
    void scriptFileAndModule() throws Exception {
        Files.writeString(dir.resolve("prog.py"), "import sys\nprint(sys.argv[1:], __name__)\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/tool.py"), "import sys\nprint('tool', sys.argv[1:], __name__)\n");
        assertSameAsCPython(List.of(dir.resolve("prog.py").toString(), "x", "y"), Map.of(), null);
        assertSameAsCPython(List.of("prog.py", "z"), Map.of(), null);
        assertSameAsCPython(List.of("-m", "pkg.tool", "--flag"), Map.of(), null);
    }

    @Test
    void missingFileAndBadUsageExitWithTwo() throws Exception {
        assertEquals(cpython(List.of("nope.py"), Map.of(), dir, null).status(), matcha(List.of("nope.py"), Map.of(), null).status());
        WasiRunner.Result bad = matcha(List.of("-Z"), Map.of(), null);
        assertEquals(2, bad.status(), bad.stderr());
    }

    @Test
    void standardInput() throws Exception {
        String program = "import sys\nname = input()\nprint('hello', name)\nprint(sys.stdin.read().upper(), end='')\n";
        assertSameAsCPython(List.of("-c", program), Map.of(), "world\nsecond line\nthird\n");
        assertSameAsCPython(List.of("-"), Map.of(), "print(6 * 7)\n");
        assertSameAsCPython(List.of(), Map.of(), "import sys\nprint(sys.argv)\n");
    }

    @Test
    void environment() throws Exception {
        assertSameAsCPython(List.of("-c", "import os; print(os.environ['MATCHA_TEST'], os.environ.get('NOT_SET'))"),
                Map.of("MATCHA_TEST", "value with spaces = and ü"), null);
    }

    @Test
    void uncaughtExceptionTraceback() throws Exception {
        Files.writeString(dir.resolve("boom.py"), "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n");
        assertSameAsCPython(List.of("boom.py"), Map.of(), null);
        assertSameAsCPython(List.of("-c", "raise KeyError('k')"), Map.of(), null);
    }

    @Test
    void filesInPreopenedDirectory() throws Exception {
        String program = String.join("\n",
                "import os, pathlib",
                "with open('data.txt', 'w') as f:",
                "    f.write('hello\\nworld\\n')",
                "with open('data.txt', 'rb+') as f:",
                "    f.seek(6)",
                "    print(f.read(5), f.tell())",
                "    f.seek(0)",
                "    f.write(b'HELLO')",
                "print(open('data.txt').read().split())",
                "os.mkdir('sub')",
                "os.rename('data.txt', 'sub/moved.txt')",
                "print(sorted(os.listdir('.')), os.listdir('sub'))",
                "print(os.stat('sub/moved.txt').st_size, os.path.isdir('sub'), os.path.exists('data.txt'))",
                "p = pathlib.Path('sub') / 'p.txt'",
                "p.write_text('via pathlib')",
                "print(p.read_text(), sorted(x.name for x in pathlib.Path('sub').iterdir()))",
                "os.remove('sub/moved.txt')",
                "p.unlink()",
                "os.rmdir('sub')",
                "print(sorted(os.listdir('.')))",
                "try:",
                "    open('missing.txt')",
                "except FileNotFoundError as e:",
                "    print(type(e).__name__, e.errno, e.filename)",
                "");
        Files.writeString(dir.resolve("files.py"), program);
        assertSameAsCPython(List.of("files.py"), Map.of(), null);
    }

    /**
     * Enough allocation for several collections, with dicts (their hashes are a long[]) and floats
     * in arrays that the compacting GC moves: issue 8, where wasm32's 4-byte object alignment made
     * moved long[]/double[] elements shift and builtins vanish after the first collection.
     */
    @Test
    void dataSurvivesGarbageCollection() throws Exception {
        String program = String.join("\n",
                "x = [str(i) * 3 for i in range(200000)]",
                "d = {str(i): [i * 0.5, i] for i in range(60000)}",
                "import os, json, array",
                "a = array.array('d', (i / 4 for i in range(50000)))",
                "y = [{'k': i, 'v': (i, str(i))} for i in range(60000)]",
                "print(len(x), x[12345], d['4321'], sum(v[0] for v in d.values()), a[777], sum(a))",
                "print(y[54321], json.dumps(d['99']), super.__name__, os.sep)",
                "");
        assertSameAsCPython(List.of("-c", program), Map.of(), null);
    }

    /**
     * ~400 MB of short-lived strings and nothing kept: the smallest program found (wasi13) that broke
     * TeaVM's young collection on wasm32 (an out-of-bounds access inside GC.sweep/defragment); every
     * collection is a full one since (wasi/src/main/c/teavm-wasi-gc.h).
     */
    @Test
    void shortLivedGarbageIsCollected() throws Exception {
        String program = String.join("\n",
                "for i in range(2000000):",
                "    s = str(i) * 10",
                "print(len(s))",
                "");
        assertSameAsCPython(List.of("-c", program), Map.of(), null);
    }

    @Test
    void pathsOutsideThePreopensAreRefused() throws Exception {
        String program = String.join("\n",
                "import os",
                "for path in ['/etc/passwd', '../../../../etc/passwd', '" + dir + "/../x.txt']:",
                "    for attempt in (lambda: open(path), lambda: os.stat(path), lambda: open(path, 'w')):",
                "        try:",
                "            attempt()",
                "            print('allowed', path)",
                "        except (PermissionError, FileNotFoundError) as e:",
                "            print(type(e).__name__)",
                "try:",
                "    os.listdir('/etc')",
                "except (PermissionError, FileNotFoundError) as e:",
                "    print(type(e).__name__)",
                "");
        WasiRunner.Result r = matcha(List.of("-c", program), Map.of(), null);
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
        String[] lines = r.stdout().split("\n");
        assertEquals(10, lines.length, r.stdout());
        for (String line : lines) {
            assertTrue(line.equals("PermissionError") || line.equals("FileNotFoundError"), r.stdout());
        }
    }

    @Test
    void clocksAndRandomness() throws Exception {
        String program = String.join("\n",
                "import time, random, os",
                "t0, m0 = time.time(), time.monotonic()",
                "time.sleep(0.05)",
                "print(t0 > 1.7e9, time.monotonic() - m0 >= 0.05, len(os.urandom(300)), os.urandom(8) != os.urandom(8))",
                "print(0 <= random.random() < 1, random.Random(5).random())",
                "");
        assertSameAsCPython(List.of("-c", program), Map.of(), null);
    }

    @Test
    void replOnStandardInput() throws Exception {
        WasiRunner.Result r = matcha(List.of("-i"), Map.of(), "1 + 2\nx = 5\nfor i in range(2):\n    print(i * x)\n\nx * 2\nundefined_name\n");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("3\n") && r.stdout().contains("0\n5\n") && r.stdout().contains("10\n"), r.stdout());
        assertTrue(r.stderr().contains("NameError: name 'undefined_name' is not defined"), r.stderr());
    }

    @Test
    void runawayRecursionIsRecursionError() throws Exception {
        String program = String.join("\n",
                "import sys",
                "def down(n):",
                "    return down(n + 1)",
                "try:",
                "    down(0)",
                "except RecursionError as e:",
                "    print('caught', e)",
                "class Loop:",
                "    def __repr__(self):",
                "        return repr(self)",
                "try:",
                "    repr(Loop())",
                "except RecursionError as e:",
                "    print('caught', e)",
                "class EvalLoop:",
                "    def __repr__(self):",
                "        return eval('repr(self)')",
                "try:",
                "    repr(EvalLoop())",
                "except RecursionError as e:",
                "    print('caught', e)",
                "sys.setrecursionlimit(20000)",
                "def count(n):",
                "    return 0 if n == 0 else 1 + count(n - 1)",
                "print(count(15000))",
                "down(0)",
                "");
        Files.writeString(dir.resolve("deep.py"), program);
        WasiRunner.Result expected = cpython(List.of("deep.py"), Map.of(), dir, null);
        WasiRunner.Result actual = matcha(List.of("deep.py"), Map.of(), null);
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(1, actual.status(), actual.stderr());
        assertTrue(actual.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), actual.stderr());
    }
}
