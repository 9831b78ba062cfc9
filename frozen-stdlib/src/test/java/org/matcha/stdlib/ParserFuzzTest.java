package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;
import org.matcha.parser.Parser;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/**
 * Random token-level mutations of CPython Lib files must parse cleanly or raise a Python error
 * (SyntaxError family, or the parser's MemoryError for input too complex): never another Java
 * exception, a stack overflow or a hang. -Dfuzz.cases (default 5000; 100000 for a nightly run)
 * and -Dfuzz.seed choose the run; a failure prints the seed and the mutant.
 */
class ParserFuzzTest {
    static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "'", "\"", "\"\"\"", "f'{", "}",
        "\n", "\n    ", "\t", "\\", "lambda", "yield", "if", "else", "for", "in", "not", "await", "async", "match",
        "case", "*", "**", "@", ".", "...", ":=", "->", "#", "0x", "1e", "1_", "j", "é", "\u00a0", "$", "!"};

    @Test
    void mutatedLibFilesGiveOnlyPythonErrors() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", 5000);
        long seed = Long.getLong("fuzz.seed", 20261122L);
        List<Path> files;
        try (Stream<Path> s = Files.walk(LibAstParityTest.LIB.toRealPath())) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Random random = new Random(seed);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz", 256L << 20);
            t.setDaemon(true);
            return t;
        });
        int parsed = 0;
        int syntaxErrors = 0;
        try {
            for (int n = 0; n < cases; n++) {
                Path file = files.get(random.nextInt(files.size()));
                String source = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (source.length() > 60_000) {
                    source = source.substring(0, 60_000);
                }
                String mutant = mutate(source, random);
                byte[] bytes = mutant.getBytes(StandardCharsets.ISO_8859_1);
                Future<String> outcome = worker.submit(() -> {
                    try {
                        Parser.parseModule(bytes, "fuzz.py", WarningSink.IGNORE);
                        return "ok";
                    } catch (PySyntaxError e) {
                        return "syntax";
                    } catch (Parser.TooComplex e) {
                        return "memory";
                    }
                });
                String result;
                try {
                    result = outcome.get(5, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail("parse hung (seed " + seed + ", case " + n + ", " + file + "):\n" + excerpt(mutant));
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    fail("host exception " + e.getCause() + " (seed " + seed + ", case " + n + ", " + file + "):\n"
                            + excerpt(mutant));
                    return;
                }
                parsed += result.equals("ok") ? 1 : 0;
                syntaxErrors += result.equals("syntax") ? 1 : 0;
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("Parser fuzz: %d mutants (seed %d): %d parsed, %d SyntaxError, %d other Python errors, "
                + "0 host exceptions%n", cases, seed, parsed, syntaxErrors, cases - parsed - syntaxErrors);
    }

    /** Deletes, duplicates, swaps or inserts tokens at a few random token boundaries. */
    static String mutate(String source, Random random) {
        List<int[]> spans = new ArrayList<>();
        try {
            Lexer lexer = Lexer.fromString(source, "fuzz.py", WarningSink.IGNORE);
            for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
                if (t.endIndex() > t.startIndex()) {
                    spans.add(new int[] {t.startIndex(), t.endIndex()});
                }
            }
        } catch (PySyntaxError e) {
            // tokens up to the error are enough to mutate
        }
        String text = source.replace("\r\n", "\n");
        if (spans.isEmpty()) {
            return text + INSERTS[random.nextInt(INSERTS.length)];
        }
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int[] span = spans.get(random.nextInt(spans.size()));
            if (span[1] > sb.length()) {
                continue;
            }
            switch (random.nextInt(4)) {
                case 0:
                    sb.delete(span[0], span[1]);
                    break;
                case 1:
                    sb.insert(span[0], sb.substring(span[0], span[1]));
                    break;
                case 2: {
                    int[] other = spans.get(random.nextInt(spans.size()));
                    if (other[1] <= sb.length()) {
                        sb.insert(span[0], sb.substring(other[0], other[1]) + " ");
                    }
                    break;
                }
                default:
                    sb.insert(span[random.nextBoolean() ? 0 : 1], INSERTS[random.nextInt(INSERTS.length)]);
                    break;
            }
        }
        return sb.toString();
    }

    private static String excerpt(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    @Test
    void deepNestingGivesPythonErrors() {
        assertEquals("too many nested parentheses", syntaxMessage("(".repeat(10_000) + ")".repeat(10_000)));
        assertEquals("too many nested parentheses", syntaxMessage("[".repeat(10_000)));
        assertEquals("too many nested parentheses", syntaxMessage("x = " + "{".repeat(300)));
        assertTrue(tooComplex("-".repeat(100_000) + "1"), "CPython raises MemoryError here");
        assertTrue(tooComplex("not ".repeat(100_000) + "x"), "CPython raises MemoryError here");
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            blocks.append(" ".repeat(i)).append("if x:\n");
        }
        blocks.append(" ".repeat(120)).append("pass\n");
        assertEquals("too many levels of indentation", syntaxMessage(blocks.toString()));
        // nesting must cost linear time: each display, call and subscript is parsed once
        // (re-parsing the first element made depth 20 take a second and doubled per level)
        for (String[] pair : new String[][] {{"[", "]"}, {"{", "}"}, {"f(", ")"}, {"a[", "]"}, {"(1, ", ")"},
                {"{1: ", "}"}, {"a.b(", ")"}, {"f(x for x in ", ")"}}) {
            String src = "x = " + pair[0].repeat(150) + "1" + pair[1].repeat(150);
            long t0 = System.nanoTime();
            Parser.parseModule(src.getBytes(StandardCharsets.UTF_8), "x.py", WarningSink.IGNORE);
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "nesting " + pair[0] + " x150 did not finish in 5 s");
        }
        // deep but legal: lambda chains and attribute chains CPython parses
        Parser.parseModule(("lambda: ".repeat(1000) + "1").getBytes(StandardCharsets.UTF_8), "x.py", WarningSink.IGNORE);
        Parser.parseModule(("a" + ".b".repeat(50_000)).getBytes(StandardCharsets.UTF_8), "x.py", WarningSink.IGNORE);
    }

    private static String syntaxMessage(String src) {
        try {
            Parser.parseModule(src.getBytes(StandardCharsets.UTF_8), "x.py", WarningSink.IGNORE);
            return "parsed";
        } catch (PySyntaxError e) {
            return e.msg;
        }
    }

    private static boolean tooComplex(String src) {
        try {
            Parser.parseModule(src.getBytes(StandardCharsets.UTF_8), "x.py", WarningSink.IGNORE);
            return false;
        } catch (Parser.TooComplex e) {
            return true;
        }
    }
}
