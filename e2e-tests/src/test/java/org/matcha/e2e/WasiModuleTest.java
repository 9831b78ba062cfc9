package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module itself: a pure WASI preview1 command (every import from wasi_snapshot_preview1, the
 * whole frozen stdlib inside), and the same build running under Node's built-in node:wasi.
 */
@EnabledIfSystemProperty(named = "wasi", matches = "true", disabledReason = "needs -Pwasi (wasi/target/matcha.wasm)")
class WasiModuleTest {
    static final Path LEGACY_EH = WasiRunner.WASI.resolve("target/matcha-legacy-eh.wasm");

    @TempDir
    Path dir;

    /** "module.name" of each import, read from the import section (id 2) of a Wasm binary. */
    static List<String> imports(byte[] wasm) throws IOException {
        Wasm in = new Wasm(wasm);
        in.skip(8); // magic and version
        List<String> names = new ArrayList<>();
        while (in.available() > 0) {
            int id = in.readUnsignedByte();
            int size = in.uleb();
            if (id != 2) {
                in.skip(size);
                continue;
            }
            for (int n = in.uleb(); n > 0; n--) {
                names.add(in.name() + "." + in.name());
                int kind = in.readUnsignedByte();
                switch (kind) {
                    case 0 -> in.uleb(); // function: type index
                    case 1 -> { // table: reference type, limits
                        in.readUnsignedByte();
                        in.limits();
                    }
                    case 2 -> in.limits(); // memory
                    case 3 -> in.skip(2); // global: value type, mutability
                    case 4 -> { // tag: attribute, type index
                        in.readUnsignedByte();
                        in.uleb();
                    }
                    default -> throw new IOException("unknown import kind " + kind);
                }
            }
        }
        return names;
    }

    private static final class Wasm extends DataInputStream {
        Wasm(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        int uleb() throws IOException {
            int result = 0;
            for (int shift = 0;; shift += 7) {
                int b = readUnsignedByte();
                result |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return result;
                }
            }
        }

        String name() throws IOException {
            return new String(readNBytes(uleb()), StandardCharsets.UTF_8);
        }

        void limits() throws IOException {
            int flags = readUnsignedByte();
            uleb();
            if ((flags & 1) != 0) {
                uleb();
            }
        }
    }

    @Test
    void importsOnlyWasiPreview1() throws Exception {
        for (Path wasm : List.of(WasiRunner.WASM, LEGACY_EH)) {
            List<String> imports = imports(Files.readAllBytes(wasm));
            assertTrue(imports.contains("wasi_snapshot_preview1.fd_write"), wasm + ": " + imports);
            for (String name : imports) {
                assertTrue(name.startsWith("wasi_snapshot_preview1."), wasm + " imports " + name);
            }
        }
    }

    @Test
    void embedsTheWholeFrozenStdlib() throws Exception {
        try (WasiRunner wasi = new WasiRunner()) {
            // json and fractions are in the core tier, cmd and quopri only in the extended one (modules.txt)
            WasiRunner.Result r = wasi.run(List.of("matcha.wasm", "-c",
                    "import json, fractions, cmd, quopri, sys\nprint(json.dumps([1]), fractions.Fraction(1, 3), "
                            + "sys.platform)"), java.util.Map.of(), List.of(), null, 60);
            assertEquals("0\n[1] 1/3 wasi\n\u0000", r.joined());
        }
    }

    /** node run-node.mjs ARGS: status, newline, stdout, NUL, stderr without Node's ExperimentalWarning lines. */
    static String node(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "--no-warnings",
                WasiRunner.WASI.resolve("run-node.mjs").toString()));
        command.addAll(args);
        Path errFile = Files.createTempFile("node-stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node timed out");
        String err = Files.readString(errFile);
        Files.delete(errFile);
        return p.exitValue() + "\n" + new String(out, StandardCharsets.UTF_8) + "\u0000" + err;
    }

    @Test
    void runsUnderNodeWasi() throws Exception {
        assertEquals("0\nhello from node:wasi\n\u0000",
                node(List.of(LEGACY_EH.toString(), "-c", "print('hello from node:wasi')")));
        String program = "import os\nwith open('round.txt', 'w') as f:\n    f.write('tour ' * 3)\n"
                + "print(open('round.txt').read(), os.listdir('.'))\nimport sys\nsys.exit(4)\n";
        Files.writeString(dir.resolve("trip.py"), program);
        String result = node(List.of("--dir=" + dir + "::/work", "--env=PWD=/work", LEGACY_EH.toString(), "/work/trip.py"));
        assertTrue(result.startsWith("4\ntour tour tour  [") && result.contains("'trip.py'")
                && result.contains("'round.txt'") && result.endsWith("]\n\u0000"), result);
        assertEquals("tour tour tour ", Files.readString(dir.resolve("round.txt")));
    }
}
