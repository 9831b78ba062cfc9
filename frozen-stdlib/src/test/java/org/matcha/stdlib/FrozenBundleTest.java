package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matcha.bytecode.CodeMarshal;
import org.matcha.bytecode.PyCode;
import org.matcha.compiler.Compiler;
import org.matcha.parser.Parser;
import org.matcha.vm.FrozenBundle;

/** The bundles the build wrote: complete, checksummed, and holding exactly what the compiler produces. */
class FrozenBundleTest {
    static final Path OUT = Path.of("target/classes/org/matcha/stdlib");

    @Test
    void everyFrozenModuleRoundTripsToTheCompilersOutput() throws Exception {
        String report = Files.readString(Path.of("target/freeze-report.txt"));
        assertTrue(report.contains("compile failures: 0\n"), report);
        int checked = 0;
        for (String tier : new String[] {"core", "extended"}) {
            FrozenBundle b = FrozenBundle.parse(Files.readAllBytes(OUT.resolve("stdlib-" + tier + ".bundle")));
            for (FrozenBundle.Entry e : b.modules.values()) {
                byte[] source = e.source();
                // a module of Lib, or one of Matcha's own (src/main/python, e.g. _datetime)
                Path own = Path.of("src/main/python", e.path);
                Path file = Files.exists(own) ? own : Path.of("target/cpython/Lib", e.path);
                assertArrayEquals(Files.readAllBytes(file), source, e.name);
                PyCode fresh = Compiler.compileModule(Parser.parseModule(source, e.filename(), null), e.filename(),
                        new String(source, java.nio.charset.StandardCharsets.UTF_8));
                // load then dump again: the serialized form must survive the round trip unchanged
                assertArrayEquals(CodeMarshal.dump(fresh), CodeMarshal.dump(e.code()), e.name);
                checked++;
            }
        }
        assertTrue(checked > 500, "modules checked: " + checked);
    }

    @Test
    void coreTierHoldsTheModulesUsersImport() throws Exception {
        FrozenBundle b = FrozenBundle.parse(Files.readAllBytes(OUT.resolve("stdlib-core.bundle")));
        for (String m : new String[] {"json", "re", "collections", "dataclasses", "datetime", "random", "typing",
                "asyncio", "unittest", "os", "pathlib", "argparse", "logging", "inspect", "decimal", "fractions"}) {
            assertTrue(b.modules.containsKey(m), m);
        }
        assertTrue(b.modules.get("json").isPackage);
        assertEquals("/lib/python3.11/json/__init__.py", b.modules.get("json").filename());
    }

    /** Reads a split bundle's head, and fails the test on a read past it. */
    record HeadOnly(byte[] head, int length) implements FrozenBundle.Bytes {
        public byte[] read(int offset, int n) {
            assertTrue(offset + n <= head.length, "read past the head: " + offset + "+" + n);
            return java.util.Arrays.copyOfRange(head, offset, offset + n);
        }
    }

    @Test
    void browserSplitKeepsWhatStartupNeedsInTheFirstFile() throws Exception {
        Path web = Path.of("target/web-stdlib");
        for (String[] tier : new String[][] {{"core", "sources"}, {"extended", "modules"}}) {
            byte[] whole = Files.readAllBytes(OUT.resolve("stdlib-" + tier[0] + ".bundle"));
            byte[] head = Files.readAllBytes(web.resolve("stdlib-" + tier[0] + ".bundle"));
            byte[] tail = Files.readAllBytes(web.resolve("stdlib-" + tier[0] + "-" + tier[1] + ".bundle"));
            byte[] joined = java.util.Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, joined, head.length, tail.length);
            assertArrayEquals(whole, joined, tier[0]);
            // the index is in the head of both; in core's, every module's code too (the sources are the tail)
            FrozenBundle b = FrozenBundle.parse(new HeadOnly(head, whole.length));
            if (tier[0].equals("core")) {
                for (FrozenBundle.Entry e : b.modules.values()) {
                    e.code();
                }
                assertTrue(tail.length > 500_000, "core sources: " + tail.length);
            } else {
                assertTrue(head.length < 64 * 1024, "extended index: " + head.length);
            }
        }
    }

    @Test
    void damagedBundlesAreRefused() throws Exception {
        byte[] data = Files.readAllBytes(OUT.resolve("stdlib-core.bundle"));
        byte[] indexFlipped = data.clone();
        indexFlipped[FrozenBundle.HEADER_LENGTH + 5] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> FrozenBundle.parse(indexFlipped));
        // A damaged module is found when it is read (on first import), not when the bundle is added.
        for (int at : new int[] {data.length / 2, data.length / 3, data.length - 1}) {
            byte[] flipped = data.clone();
            flipped[at] ^= 1;
            FrozenBundle b = FrozenBundle.parse(flipped);
            int damaged = 0;
            for (FrozenBundle.Entry e : b.modules.values()) {
                try {
                    e.code();
                } catch (org.matcha.objects.PyException ex) { // ImportError: checksum mismatch
                    damaged++;
                }
                if (e.source() == null) {
                    damaged++;
                }
            }
            assertEquals(1, damaged, "byte " + at);
        }
        byte[] truncated = java.util.Arrays.copyOf(data, data.length - 10);
        assertThrows(IllegalArgumentException.class, () -> FrozenBundle.parse(truncated));
        assertThrows(IllegalArgumentException.class, () -> FrozenBundle.parse(new byte[] {1, 2, 3}));
    }
}
