package org.matcha;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matcha.ast.AstDump;
import org.matcha.ast.Module;
import org.matcha.parser.Parser;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/**
 * {@code --dump-ast}: prints what CPython 3.11's
 * {@code ast.dump(ast.parse(source), include_attributes=True)} prints, or the SyntaxError as
 * CPython formats it. Shared by the CLI, the tests and the Wasm build.
 */
public final class DumpAst {
    private DumpAst() {}

    /** The outcome of dumping one source: the dump text, or the formatted error. */
    public record Result(boolean ok, String text) {}

    public static Result dump(byte[] source, String filename) {
        try {
            Module tree = Parser.parseModule(source, filename, WarningSink.IGNORE);
            return new Result(true, AstDump.dump(tree));
        } catch (PySyntaxError e) {
            return new Result(false, e.format());
        } catch (Parser.TooComplex e) {
            return new Result(false, "MemoryError\n");
        } catch (AstDump.TooDeep e) {
            return new Result(false, "RecursionError: maximum recursion depth exceeded during ast construction\n");
        } catch (StackOverflowError e) {
            // a host stack smaller than the parser's nesting limit assumes: still a Python error
            return new Result(false, "MemoryError\n");
        }
    }

    static int dumpFile(String file, PrintStream out) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            System.err.println("matcha: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        Result r = dump(source, file);
        if (r.ok()) {
            out.println(r.text());
            return 0;
        }
        System.err.print(r.text());
        return 1;
    }
}
