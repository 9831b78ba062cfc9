package org.matcha.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated snippet programs (lines deleted, swapped, duplicated; numbers, names and operators
 * replaced) must only ever end in Python exceptions: no Java exception, no internal SystemError,
 * no hang the interrupt flag cannot stop. Case count: -Dvmfuzz.cases (default 10,000).
 */
class VmFuzzTest {
    private static final String[] OPERATORS = {"+", "-", "*", "/", "//", "%", "**", "<", ">", "==", "and", "or",
        "not", "in", "is", "[", "]", "(", ")", ":", ",", ".", "=", "yield", "await", "lambda", "*", "**", "@"};
    private static final String[] VALUES = {"0", "-1", "10**3", "None", "''", "[]", "{}", "()", "1.5", "'x'",
        "True", "self", "object", "type", "len", "print", "__class__", "super()", "range(3)", "b'ab'"};

    static String mutate(String src, Random rnd) {
        List<String> lines = new ArrayList<>(List.of(src.split("\n", -1)));
        int edits = 1 + rnd.nextInt(3);
        for (int k = 0; k < edits && !lines.isEmpty(); k++) {
            int i = rnd.nextInt(lines.size());
            String line = lines.get(i);
            switch (rnd.nextInt(7)) {
                case 0:
                    lines.remove(i);
                    break;
                case 1:
                    lines.add(i, line);
                    break;
                case 2: {
                    int j = rnd.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                    break;
                }
                case 3:
                    lines.set(i, line.replaceFirst("\\b\\d+\\b", VALUES[rnd.nextInt(VALUES.length)]));
                    break;
                case 4: {
                    String[] words = line.split("\\b");
                    if (words.length > 1) {
                        int w = rnd.nextInt(words.length);
                        words[w] = VALUES[rnd.nextInt(VALUES.length)];
                        lines.set(i, String.join("", words));
                    }
                    break;
                }
                case 5: {
                    int at = line.isEmpty() ? 0 : rnd.nextInt(line.length());
                    lines.set(i, line.substring(0, at) + " " + OPERATORS[rnd.nextInt(OPERATORS.length)] + " "
                            + line.substring(at));
                    break;
                }
                default: {
                    String other = lines.get(rnd.nextInt(lines.size()));
                    String[] ws = other.trim().split("[^A-Za-z_0-9]+");
                    if (ws.length > 0 && !ws[0].isEmpty()) {
                        lines.set(i, line.replaceFirst("[A-Za-z_]\\w*", ws[rnd.nextInt(ws.length)]));
                    }
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void mutatedProgramsOnlyRaisePythonExceptions() throws Exception {
        int cases = Integer.getInteger("vmfuzz.cases", 10_000);
        List<Path> files = SnippetParityTest.snippets();
        List<String> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        Random rnd = new Random(20261122);
        List<String> problems = new ArrayList<>();
        int timeouts = 0;
        int pythonErrors = 0;
        Path tmp = Files.createTempDirectory("vmfuzz");
        for (int c = 0; c < cases && problems.size() < 10; c++) {
            int pick = rnd.nextInt(sources.size());
            String mutant = mutate(sources.get(pick), rnd);
            Path file = tmp.resolve("mutant.py");
            // a mutation may split a surrogate pair (astral characters in the sources): getBytes writes '?' for it
            Files.write(file, mutant.getBytes(StandardCharsets.UTF_8));
            SnippetParityTest.Outcome o = SnippetParityTest.runMatchaWithTimeout(file, 3_000);
            if (o.status() == -2) {
                timeouts++;
                continue;
            }
            if (o.status() == -3 || o.stderr().contains(EvalLoop.INTERNAL_ERROR)) {
                problems.add("host error from mutant of " + files.get(pick) + ":\n" + mutant + "\n--- stderr ---\n"
                        + o.stderr());
            } else if (o.status() != 0) {
                pythonErrors++;
            }
        }
        System.out.println("vm fuzz: " + cases + " mutants, " + pythonErrors + " ended in Python exceptions, " + timeouts
                + " interrupted, " + problems.size() + " host errors");
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
