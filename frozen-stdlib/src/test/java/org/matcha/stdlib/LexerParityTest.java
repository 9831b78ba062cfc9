package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.SourceText;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;
import org.matcha.parser.WarningSink;

/**
 * Matcha's token stream equals CPython 3.11's tokenize (NL, COMMENT and ENCODING dropped, as the
 * C tokenizer does for its parser) over every 7th Lib file: kinds, texts and positions (lines,
 * code-point columns). Files holding f-strings are skipped: 3.11's tokenize keeps an f-string as
 * one STRING while Matcha lexes it the PEP 701 way; LibAstParityTest covers those files.
 */
class LexerParityTest {

    @Test
    void tokensMatchCPythonTokenize() throws Exception {
        Path root = LibAstParityTest.LIB.toRealPath();
        List<String> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py")).map(p -> root.relativize(p).toString())
                    .sorted().collect(Collectors.toList());
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 7) {
            sample.add(files.get(i));
        }
        Map<String, List<String>> expected = runOracle(root, sample);
        int compared = 0;
        int tokens = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            if (e.getValue() == null || e.getValue().stream().anyMatch(l -> l.startsWith("ERRORTOKEN"))) {
                continue;
            }
            List<String> actual = matchaTokens(Files.readAllBytes(root.resolve(e.getKey())), e.getKey());
            compared++;
            tokens += e.getValue().size();
            if (!actual.equals(e.getValue())) {
                int i = 0;
                while (i < actual.size() && i < e.getValue().size() && actual.get(i).equals(e.getValue().get(i))) {
                    i++;
                }
                mismatches.add(e.getKey() + " token " + i + ": cpython " + (i < e.getValue().size() ? e.getValue().get(i) : "<end>")
                        + " | matcha " + (i < actual.size() ? actual.get(i) : "<end>"));
            }
        }
        System.out.printf("Lexer parity: %d/%d files (%d tokens) match CPython's tokenize; %d skipped for f-strings%n",
                compared - mismatches.size(), compared, tokens, sample.size() - compared);
        assertTrue(compared > 100, "too few files compared: " + compared);
        assertEquals(List.of(), mismatches);
    }

    static List<String> matchaTokens(byte[] source, String name) {
        Lexer lexer = Lexer.fromBytes(source, name, WarningSink.IGNORE);
        SourceText src = lexer.source();
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = lexer.next();
            int startCol = src.byteColToCharCol(t.startLine(), t.startCol());
            int endCol = src.byteColToCharCol(t.endLine(), t.endCol());
            out.add(t.kind().name() + "\t" + t.startLine() + "\t" + startCol + "\t" + t.endLine() + "\t" + endCol
                    + "\t" + escape(t.text()));
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    /** Python's 'unicode_escape' encoding, as the oracle prints token texts. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0xff)) {
                sb.append(String.format("\\x%02x", c));
            } else if (c > 0xffff) {
                sb.append(String.format("\\U%08x", c));
            } else if (c > 0xff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static Map<String, List<String>> runOracle(Path root, List<String> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", "../tools/cpython_tokens.py", root.toString()));
        cmd.addAll(files);
        return OracleSections.run(cmd);
    }
}
