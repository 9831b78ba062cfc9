package org.matcha.stdlib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.matcha.ast.AstExpr;
import org.matcha.ast.AstStmt;
import org.matcha.ast.Attribute;
import org.matcha.ast.Compare;
import org.matcha.ast.Constant;
import org.matcha.ast.Eq;
import org.matcha.ast.If;
import org.matcha.ast.Name;
import org.matcha.ast.AsyncFunctionDef;
import org.matcha.ast.FunctionDef;
import org.matcha.ast.Import;
import org.matcha.ast.ImportFrom;
import org.matcha.ast.Module;
import org.matcha.ast.Node;
import org.matcha.bytecode.CodeMarshal;
import org.matcha.bytecode.PyCode;
import org.matcha.compiler.Compiler;
import org.matcha.parser.Parser;
import org.matcha.vm.FrozenBundle;

/**
 * Build step: compiles CPython's Lib with Matcha's compiler into the two frozen bundles declared by
 * src/main/stdlib/modules.txt, in the format {@link FrozenBundle} reads. Usage:
 * {@code Freezer LIB_DIR OWN_MODULES_DIR MODULES_TXT OUT_DIR REPORT_FILE [WEB_OUT_DIR]}. Writes
 * OUT_DIR/stdlib-core.bundle and OUT_DIR/stdlib-extended.bundle, and sizes and any compile failures
 * to REPORT_FILE; with WEB_OUT_DIR, also the browser's split copy of the core bundle there.
 */
public final class Freezer {
    /** A module: its dotted name, its path relative to its root (Lib, or Matcha's own modules). */
    record LibModule(String name, String path, boolean isPackage, Path root) {}

    private final Path lib;
    private final Map<String, LibModule> all = new TreeMap<>();
    private final StringBuilder report = new StringBuilder();

    /** own: Matcha's own pure-Python modules (src/main/python), frozen like Lib's; Lib may not shadow them. */
    Freezer(Path lib, Path own) throws IOException {
        this.lib = lib;
        scan(lib, lib, "");
        scan(own, own, "");
    }

    private void scan(Path root, Path dir, String prefix) throws IOException {
        try (var list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String fn = p.getFileName().toString();
                String rel = root.relativize(p).toString();
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("__init__.py")) && !fn.contains("-")) {
                    String name = prefix + fn;
                    all.put(name, new LibModule(name, rel + "/__init__.py", true, root));
                    scan(root, p, name + ".");
                } else if (fn.endsWith(".py") && Files.isRegularFile(p)) {
                    String stem = fn.substring(0, fn.length() - 3);
                    if (!stem.equals("__init__") && !stem.contains("-")) {
                        all.put(prefix + stem, new LibModule(prefix + stem, rel, false, root));
                    }
                }
            }
        }
    }

    /** Modules matched by a line of modules.txt: "name" or "package.*". */
    private List<String> matching(String pattern) {
        List<String> out = new ArrayList<>();
        if (pattern.equals("*")) {
            out.addAll(all.keySet());
        } else if (pattern.startsWith("*.")) {
            for (String n : all.keySet()) {
                if (n.endsWith(pattern.substring(1))) {
                    out.add(n);
                }
            }
        } else if (pattern.endsWith(".*")) {
            String pkg = pattern.substring(0, pattern.length() - 2);
            for (String n : all.keySet()) {
                if (n.equals(pkg) || n.startsWith(pkg + ".")) {
                    out.add(n);
                }
            }
        } else if (all.containsKey(pattern)) {
            out.add(pattern);
        }
        return out;
    }

    /** Lib modules imported at module level (not inside functions), with their parent packages. */
    private List<String> importsOf(LibModule m, Module tree) {
        List<String> found = new ArrayList<>();
        String pkg = m.isPackage ? m.name : (m.name.contains(".") ? m.name.substring(0, m.name.lastIndexOf('.')) : "");
        walk(tree, found, pkg);
        List<String> out = new ArrayList<>();
        for (String name : found) {
            String n = name;
            while (!n.isEmpty()) {
                if (all.containsKey(n)) {
                    out.add(n);
                }
                n = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : "";
            }
        }
        return out;
    }

    private void walk(Object node, List<String> found, String pkg) {
        if (node instanceof FunctionDef || node instanceof AsyncFunctionDef) {
            return;
        }
        if (node instanceof If test && isMainGuardOrWindows(test.test)) {
            walk(test.orelse, found, pkg);
            return;
        }
        if (node instanceof Import imp) {
            imp.names.forEach(a -> found.add(a.name));
        } else if (node instanceof ImportFrom imp) {
            String base = imp.module == null ? "" : imp.module;
            if (imp.level > 0) {
                String p = pkg;
                for (int i = 1; i < imp.level && p.contains("."); i++) {
                    p = p.substring(0, p.lastIndexOf('.'));
                }
                base = base.isEmpty() ? p : p + "." + base;
            }
            found.add(base);
            for (var a : imp.names) {
                found.add(base + "." + a.name);
            }
        }
        if (node instanceof Node n) {
            for (int i = 0; i < n.fieldNames().length; i++) {
                walk(n.field(i), found, pkg);
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AstStmt || o instanceof Node) {
                    walk(o, found, pkg);
                }
            }
        }
    }

    /**
     * {@code if __name__ == "__main__":} runs only as a script, and {@code if sys.platform == "win32":}
     * / {@code os.name == "nt"} only on Windows: their imports do not count.
     */
    private static boolean isMainGuardOrWindows(AstExpr test) {
        if (!(test instanceof Compare c) || c.comparators.size() != 1 || !(c.ops.get(0) instanceof Eq)
                || !(c.comparators.get(0) instanceof Constant k) || !(k.value instanceof String s)) {
            return false;
        }
        String left = c.left instanceof Name n ? n.id
                : c.left instanceof Attribute a && a.value instanceof Name base ? base.id + "." + a.attr : "";
        return left.equals("__name__") && s.equals("__main__") || left.endsWith("platform") && s.equals("win32")
                || left.endsWith("name") && s.equals("nt");
    }

    /** One compiled module ready for a bundle. */
    record Frozen(LibModule module, byte[] code, byte[] source) {}

    private final Map<String, Frozen> compiled = new TreeMap<>();
    private final Map<String, Module> trees = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    private Frozen compile(String name) throws IOException {
        Frozen f = compiled.get(name);
        if (f != null || failures.contains(name)) {
            return f;
        }
        LibModule m = all.get(name);
        byte[] source = Files.readAllBytes(m.root().resolve(m.path));
        String filename = FrozenBundle.LIB_PREFIX + m.path;
        try {
            Module tree = Parser.parseModule(source, filename, null);
            PyCode code = Compiler.compileModule(tree, filename, new String(source, StandardCharsets.UTF_8));
            trees.put(name, tree);
            f = new Frozen(m, CodeMarshal.dump(code), source);
            compiled.put(name, f);
        } catch (RuntimeException e) {
            failures.add(name);
            report.append("compile failed: ").append(name).append(": ").append(e).append('\n');
        }
        return f;
    }

    void run(Path modulesTxt, Path out, Path reportFile, Path webOut) throws IOException {
        Map<String, List<String>> sections = new TreeMap<>();
        String section = null;
        for (String line : Files.readAllLines(modulesTxt)) {
            String l = line.replaceAll("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[")) {
                section = l.substring(1, l.length() - 1);
                sections.put(section, new ArrayList<>());
            } else {
                sections.get(section).add(l);
            }
        }
        TreeSet<String> excluded = new TreeSet<>();
        for (String p : sections.getOrDefault("exclude", List.of())) {
            excluded.addAll(matching(p));
        }
        // core: the roots, then the closure of their module-level imports
        TreeSet<String> core = new TreeSet<>();
        ArrayList<String> work = new ArrayList<>();
        TreeSet<String> notCore = new TreeSet<>();
        for (String p : sections.get("core")) {
            if (p.startsWith("!")) {
                notCore.addAll(matching(p.substring(1)));
            }
        }
        for (String p : sections.get("core")) {
            if (p.startsWith("!")) {
                continue;
            }
            List<String> m = matching(p);
            if (m.isEmpty()) {
                throw new IOException("modules.txt: " + p + " is not a module of " + lib);
            }
            work.addAll(m);
        }
        while (!work.isEmpty()) {
            String name = work.remove(work.size() - 1);
            if (excluded.contains(name) || notCore.contains(name) || !core.add(name)) {
                continue;
            }
            if (compile(name) != null) {
                work.addAll(importsOf(all.get(name), trees.get(name)));
            }
        }
        TreeSet<String> extended = new TreeSet<>();
        for (String p : sections.getOrDefault("extended", List.of())) {
            for (String n : matching(p)) {
                if (!excluded.contains(n) && !core.contains(n)) {
                    extended.add(n);
                }
            }
        }
        for (String n : extended) {
            compile(n);
        }
        trees.clear();
        Files.createDirectories(out);
        Written coreBundle = writeBundle(core, out.resolve("stdlib-core.bundle"));
        long coreSize = coreBundle.bytes().length;
        Written extendedBundle = writeBundle(extended, out.resolve("stdlib-extended.bundle"));
        long extSize = extendedBundle.bytes().length;
        if (webOut != null) {
            // core: code at start-up, the sources when a traceback or inspect first reads one;
            // extended: its index at start-up, the rest on the first import of one of its modules
            writeWebSplit(coreBundle.bytes(), coreBundle.sourcesStart(), webOut, "stdlib-core", "sources");
            writeWebSplit(extendedBundle.bytes(), extendedBundle.indexEnd(), webOut, "stdlib-extended", "modules");
        }
        String summary = "core: " + count(core) + " modules, " + coreSize + " bytes\n" + "extended: "
                + count(extended) + " modules, " + extSize + " bytes\n" + "compile failures: " + failures.size()
                + "\ncore modules: " + String.join(" ", core) + "\n";
        Files.writeString(reportFile, summary + report);
        System.out.print("freeze: " + summary.substring(0, summary.indexOf("\ncore modules")) + "\n");
    }

    private int count(TreeSet<String> names) {
        int n = 0;
        for (String s : names) {
            if (compiled.containsKey(s)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Writes a bundle: all modules' code first, then all their deflated sources, so that a host may
     * fetch the sources separately (see {@link #writeWebSplit}).
     */
    private Written writeBundle(TreeSet<String> names, Path file) throws IOException {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        ByteArrayOutputStream sources = new ByteArrayOutputStream();
        List<Frozen> mods = new ArrayList<>();
        for (String n : names) {
            if (compiled.containsKey(n)) {
                mods.add(compiled.get(n));
            }
        }
        List<byte[]> deflated = new ArrayList<>();
        int codeTotal = 0;
        for (Frozen f : mods) {
            deflated.add(deflate(f.source));
            codeTotal += f.code.length;
        }
        varint(index, mods.size());
        for (int i = 0; i < mods.size(); i++) {
            Frozen f = mods.get(i);
            text(index, f.module.name);
            text(index, f.module.path);
            index.write(f.module.isPackage ? 1 : 0);
            varint(index, code.size());
            varint(index, f.code.length);
            u32(index, crc32(f.code));
            code.write(f.code);
            varint(index, codeTotal + sources.size());
            varint(index, deflated.get(i).length);
            varint(index, f.source.length);
            sources.write(deflated.get(i));
        }
        byte[] indexBytes = index.toByteArray();
        ByteArrayOutputStream file0 = new ByteArrayOutputStream();
        file0.write(FrozenBundle.MAGIC);
        u32(file0, FrozenBundle.BUNDLE_VERSION);
        u32(file0, CodeMarshal.VERSION);
        u32(file0, crc32(indexBytes));
        u32(file0, indexBytes.length);
        u32(file0, code.size() + sources.size());
        file0.write(indexBytes);
        code.writeTo(file0);
        sources.writeTo(file0);
        byte[] bytes = file0.toByteArray();
        Files.write(file, bytes);
        report.append(file.getFileName()).append(": index ").append(indexBytes.length).append(" bytes, code ")
                .append(code.size()).append(" bytes, deflated sources ").append(sources.size()).append(" bytes\n");
        int indexEnd = FrozenBundle.HEADER_LENGTH + indexBytes.length;
        return new Written(bytes, indexEnd, indexEnd + code.size());
    }

    /** A bundle's bytes, where its index ends (the code starts) and where its sources start. */
    record Written(byte[] bytes, int indexEnd, int sourcesStart) {}

    /**
     * The browser's copy of a bundle, in two files that together are the bundle, byte for byte:
     * NAME.bundle, the bytes before {@code split}, fetched at start-up, and NAME-TAIL.bundle, the
     * rest, fetched the first time a read reaches it (web's WebMain.JsBundleBytes).
     */
    static void writeWebSplit(byte[] bundle, int split, Path dir, String name, String tail) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".bundle"), java.util.Arrays.copyOfRange(bundle, 0, split));
        Files.write(dir.resolve(name + "-" + tail + ".bundle"), java.util.Arrays.copyOfRange(bundle, split, bundle.length));
    }

    private static int crc32(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b);
        return (int) crc.getValue();
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write((v >>> (8 * i)) & 0xFF);
        }
    }

    private static void text(ByteArrayOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(out, b.length);
        out.write(b);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: Freezer LIB_DIR OWN_MODULES_DIR MODULES_TXT OUT_DIR REPORT_FILE [WEB_OUT_DIR]");
            System.exit(2);
        }
        new Freezer(Path.of(args[0]), Path.of(args[1])).run(Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                args.length == 6 ? Path.of(args[5]) : null);
    }
}
