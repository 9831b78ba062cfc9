package org.matcha.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/** Generates the AST node classes from core/src/main/spec/ast.spec (to be written). */
public final class AstGenerator {
    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(args[1]));
    }
}
