package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matcha.ast.Module;
import org.matcha.compiler.Scope;
import org.matcha.compiler.SymbolTable;
import org.matcha.parser.Parser;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/**
 * Matcha's symbol table equals CPython 3.11's (the symtable module) for every Lib file: the same
 * blocks in the same order, and every symbol with the same definition flags and resolved scope.
 */
class SymbolTableParityTest {

    @Test
    void scopesMatchCPythonSymtable() throws Exception {
        Path root = LibAstParityTest.LIB.toRealPath();
        List<String> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py")).map(p -> root.relativize(p).toString())
                    .sorted().collect(Collectors.toList());
        }
        Map<String, List<String>> expected = runOracle(root, files);
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            compared++;
            List<String> actual = matchaTable(Files.readAllBytes(root.resolve(e.getKey())), e.getKey());
            if (!actual.equals(e.getValue())) {
                int i = 0;
                while (i < actual.size() && i < e.getValue().size() && actual.get(i).equals(e.getValue().get(i))) {
                    i++;
                }
                mismatches.add(e.getKey() + " line " + i + ": cpython " + (i < e.getValue().size() ? e.getValue().get(i) : "<end>")
                        + " | matcha " + (i < actual.size() ? actual.get(i) : "<end>"));
            }
        }
        System.out.printf("Symbol table parity: %d/%d Lib files match CPython's symtable%n",
                compared - mismatches.size(), compared);
        assertTrue(compared > 1400, "too few files compared: " + compared);
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())));
    }

    /** Misused global/nonlocal, duplicate parameters, walrus scope rules, __future__ errors. */
    @Test
    void symbolTableErrorsMatchCPython() throws Exception {
        Path corpus = Path.of("src/test/resources/symtable-errors.txt");
        Process p = new ProcessBuilder("python3", "../tools/cpython_symtable_errors.py", corpus.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .collect(Collectors.toList());
        assertEquals(0, p.waitFor());
        Map<String, String> cases = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    cases.put(name, body.toString());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        cases.put(name, body.toString());
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Module module = Parser.parseModule(c.getValue().getBytes(StandardCharsets.UTF_8), c.getKey() + ".py",
                    WarningSink.IGNORE);
            try {
                SymbolTable.build(module, c.getKey() + ".py", c.getValue());
                actual.add(c.getKey() + "\tACCEPTED\t\t");
            } catch (PySyntaxError e) {
                actual.add(c.getKey() + "\t" + e.msg + "\t" + e.lineno + "\t" + e.offset);
            }
        }
        assertEquals(expected, actual);
    }

    static List<String> matchaTable(byte[] source, String name) {
        Module module = Parser.parseModule(source, name, WarningSink.IGNORE);
        List<String> out = new ArrayList<>();
        try {
            dump(SymbolTable.build(module, name, null), out);
        } catch (PySyntaxError e) {
            out.clear();
            out.add("E " + e.msg + " " + e.lineno);
        }
        return out;
    }

    private static void dump(Scope scope, List<String> out) {
        String type = scope.kind == Scope.Kind.MODULE ? "module" : scope.kind == Scope.Kind.CLASS ? "class" : "function";
        out.add("T " + type + " " + scope.name + " " + scope.lineno);
        for (Map.Entry<String, Integer> s : new TreeMap<>(scope.symbols).entrySet()) {
            out.add("S " + s.getKey() + " " + s.getValue());
        }
        for (Scope child : scope.children) {
            dump(child, out);
        }
    }

    static Map<String, List<String>> runOracle(Path root, List<String> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", "../tools/cpython_symtable.py", root.toString()));
        cmd.addAll(files);
        return OracleSections.run(cmd);
    }
}
