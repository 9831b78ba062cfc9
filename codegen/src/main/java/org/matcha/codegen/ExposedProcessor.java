package org.matcha.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedSourceVersion;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Build-time half of "one place to add a builtin": reads {@code @PyClass}/{@code @PyModuleDef}
 * classes and generates, for each, a {@code <Class>Exposed} class whose builtin-function objects
 * parse arguments and call the Java methods directly (TeaVM has no reflection), plus one
 * {@code org.matcha.generated.ExposedRegistry} listing every type and module.
 */
@SupportedAnnotationTypes({"org.matcha.annotations.PyClass", "org.matcha.annotations.PyModuleDef"})
@SupportedSourceVersion(SourceVersion.RELEASE_17)
public final class ExposedProcessor extends AbstractProcessor {
    private static final String OBJ = "org.matcha.objects.";
    private final List<String> typeClasses = new ArrayList<>();
    private final List<String[]> moduleClasses = new ArrayList<>();
    private boolean registryWritten;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement ann : annotations) {
            for (Element e : round.getElementsAnnotatedWith(ann)) {
                TypeElement cls = (TypeElement) e;
                boolean isModule = ann.getQualifiedName().contentEquals("org.matcha.annotations.PyModuleDef");
                try {
                    generate(cls, isModule);
                } catch (IOException | IllegalArgumentException ex) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ex.getMessage(), e);
                }
            }
        }
        // every annotated class is a source file, so all arrive in the first round: write the registry
        // then, so that the sources referring to it compile in the same javac run
        if (!registryWritten && (!typeClasses.isEmpty() || !moduleClasses.isEmpty())) {
            registryWritten = true;
            try {
                writeRegistry();
            } catch (IOException ex) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ex.getMessage());
            }
        }
        return true;
    }

    private static String annotationValue(Element e, String annotation, String key) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                for (var entry : m.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals(key)) {
                        AnnotationValue v = entry.getValue();
                        return String.valueOf(v.getValue());
                    }
                }
                return "";
            }
        }
        return null;
    }

    private void generate(TypeElement cls, boolean isModule) throws IOException {
        String pkg = processingEnv.getElementUtils().getPackageOf(cls).getQualifiedName().toString();
        String qualified = cls.getQualifiedName().toString();
        String simple = qualified.substring(pkg.length() + 1); // nested classes keep their outer name
        String pyName = annotationValue(cls, isModule ? "org.matcha.annotations.PyModuleDef"
                : "org.matcha.annotations.PyClass", "name");
        StringBuilder body = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        StringBuilder getterCases = new StringBuilder();
        int functions = 0;
        int getters = 0;
        String generated = simple.replace('.', '_') + "Exposed";
        SpecTable table = new SpecTable();
        boolean hasInit = false;
        for (Element member : cls.getEnclosedElements()) {
            if (!(member instanceof ExecutableElement m)) {
                continue;
            }
            if (isModule && m.getSimpleName().contentEquals("init") && m.getModifiers().contains(Modifier.STATIC)) {
                hasInit = true;
            }
            String getter = annotationValue(m, "org.matcha.annotations.PyGetter", "name");
            if (getter != null) {
                String name = getter.isEmpty() ? m.getSimpleName().toString() : getter;
                body.append("        t.addGetter(\"").append(name).append("\", new Getter(").append(getters).append("));\n");
                getterCases.append("                case ").append(getters++).append(": return ")
                        .append(wrapReturn(m, "((" + simple + ") self)." + m.getSimpleName() + "()")).append(";\n");
                continue;
            }
            String name = annotationValue(m, "org.matcha.annotations.PyMethod", "name");
            if (name == null) {
                continue;
            }
            if (name.isEmpty()) {
                name = m.getSimpleName().toString();
            }
            String kind = annotationValue(m, "org.matcha.annotations.PyMethod", "kind");
            if (kind == null || kind.isEmpty()) {
                kind = "METHOD";
            }
            String sig = annotationValue(m, "org.matcha.annotations.PyMethod", "sig");
            String text = annotationValue(m, "org.matcha.annotations.PyMethod", "text");
            String textSig = sig == null || sig.isEmpty() ? javaNamesSig(m, kind, isModule) : sig;
            String doc = annotationValue(m, "org.matcha.annotations.PyMethod", "doc");
            body.append(methodObject(generated, functions, name, kind, isModule, table, textSignature(textSig, text,
                    kind, isModule), doc == null || doc.isEmpty() ? null : doc, parseSig(simple, m, sig == null ? "" : sig,
                    kind, isModule)));
            cases.append("            case ").append(functions++).append(": ")
                    .append(callStatement(simple, pyName, name, m, kind, sig == null ? "" : sig, isModule)).append('\n');
        }
        try (Writer w = processingEnv.getFiler().createSourceFile(pkg + "." + generated, cls).openWriter()) {
            w.write("// Generated by org.matcha.codegen.ExposedProcessor from " + simple + ". Do not edit.\n");
            w.write("package " + pkg + ";\n\n");
            w.write("import org.matcha.objects.*;\n\n");
            // one class per annotated class, not one per builtin: each Java class costs the Wasm module
            // a struct type, a vtable and its class record, so the builtins share a call() that switches
            // on their index (getters likewise share Getter.apply)
            w.write("public final class " + generated + " extends PyBuiltinFunction {\n");
            w.write(table.declarations());
            w.write("    private final int which;\n\n");
            w.write("    private " + generated + "(String table, int offset, int which) {\n");
            w.write("        super(table, offset);\n        this.which = which;\n    }\n\n");
            w.write("    @Override public PyObject call(PyObject self, PyObject[] a, String[] kw) {\n");
            if (functions > 0) {
                w.write("        PyObject[] b = spec.bind(a, kw);\n");
                w.write("        switch (which) {\n" + cases + "            default: break;\n        }\n");
            }
            w.write("        throw new IllegalStateException(\"no builtin \" + which);\n    }\n\n");
            if (getters > 0) {
                w.write("    private static final class Getter implements java.util.function.Function<PyObject, PyObject> {\n");
                w.write("        private final int which;\n\n");
                w.write("        Getter(int which) {\n            this.which = which;\n        }\n\n");
                w.write("        @Override public PyObject apply(PyObject self) {\n            switch (which) {\n");
                w.write(getterCases + "                default: throw new IllegalStateException(\"no getter \" + which);\n");
                w.write("            }\n        }\n    }\n\n");
            }
            if (isModule) {
                w.write("    public static void install(PyModule t) {\n");
                String moduleDoc = annotationValue(cls, "org.matcha.annotations.PyModuleDef", "doc");
                if (moduleDoc != null && !moduleDoc.isEmpty()) {
                    w.write("        t.dict().setItem(\"__doc__\", PyStr.of(" + javaString(moduleDoc) + "));\n");
                }
                w.write(body.toString());
                if (hasInit) {
                    w.write("        " + simple + ".init(t);\n");
                }
            } else {
                w.write("    public static void install(PyType t) {\n");
                String classDoc = annotationValue(cls, "org.matcha.annotations.PyClass", "doc");
                if (classDoc != null && !classDoc.isEmpty()) {
                    w.write("        t.setBuiltinDoc(" + javaString(classDoc) + ");\n");
                }
                w.write(body.toString());
            }
            w.write("    }\n}\n");
        }
        if (isModule) {
            moduleClasses.add(new String[] {pyName, pkg + "." + generated});
        } else {
            typeClasses.add(qualified + "|" + pkg + "." + generated);
        }
    }

    /**
     * The name, parameters, text signature and doc of a class's builtins as string constants of
     * entries (PyBuiltinFunction's table constructor decodes one when its type is installed): one
     * constant per class instead of four or more per method (each string constant is a global the
     * Wasm module's start function creates). An entry is four fields, each ended by \1, \2 for null.
     */
    private static final class SpecTable {
        private static final int CHUNK = 20_000; // chars per constant: javac's limit is 65,535 UTF-8 bytes
        private final List<StringBuilder> chunks = new ArrayList<>(List.of(new StringBuilder()));

        /** The constructor arguments that name a new entry: "TABLE0, 1234". */
        String add(String name, String params, String text, String doc) {
            StringBuilder c = chunks.get(chunks.size() - 1);
            if (c.length() > CHUNK) {
                c = new StringBuilder();
                chunks.add(c);
            }
            int offset = c.length();
            for (String field : new String[] {name, params, text, doc}) {
                if (field != null && (field.indexOf('\1') >= 0 || field.indexOf('\2') >= 0)) {
                    throw new IllegalArgumentException(name + ": \\1 or \\2 in a doc or signature");
                }
                c.append(field == null ? "\2" : field).append('\1');
            }
            return "TABLE" + (chunks.size() - 1) + ", " + offset;
        }

        String declarations() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i).length() > 0) {
                    out.append("    private static final String TABLE").append(i).append(" = ")
                            .append(javaString(chunks.get(i).toString())).append(";\n\n");
                }
            }
            return out.toString();
        }
    }

    /**
     * The __text_signature__ CPython's Argument Clinic would give: the sig with "$module", "$self" or
     * "$type" first; none when a default cannot be written in Python (NULL) or no sig was given.
     */
    private static String textSignature(String sig, String text, String kind, boolean isModule) {
        if (text != null && !text.isEmpty()) {
            return text;
        }
        String s = sig.trim();
        if (s.isEmpty() || s.contains("NULL") || kind.equals("NEW") || !s.startsWith("(") || !s.endsWith(")")) {
            return null;
        }
        if (kind.equals("STATICMETHOD")) {
            return s;
        }
        String inner = s.substring(1, s.length() - 1).trim();
        String self = isModule ? "$module" : kind.equals("CLASSMETHOD") ? "$type" : "$self";
        boolean slash = splitTopLevel(inner).contains("/");
        return "(" + self + (slash ? "" : ", /") + (inner.isEmpty() ? "" : ", " + inner) + ")";
    }

    /** A positional-only signature from the Java parameter names, for methods declared without sig. */
    private static String javaNamesSig(ExecutableElement m, String kind, boolean isModule) {
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        int skip = (!isModule && isStatic && !kind.equals("STATICMETHOD")) ? 1 : 0;
        List<? extends VariableElement> jparams = m.getParameters();
        StringBuilder b = new StringBuilder("(");
        for (int i = skip; i < jparams.size(); i++) {
            b.append(jparams.get(i).getSimpleName()).append(", ");
        }
        return jparams.size() > skip ? b.append("/)").toString() : "()";
    }

    private static String javaString(String v) {
        if (v == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            if (c == '\n') {
                b.append("\\n");
                continue;
            }
            if (c < ' ') {
                b.append(String.format("\\%03o", (int) c)); // \001, \002 (table separators), \t...
                continue;
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /** One parameter of a Python signature. */
    private record Param(String name, String defaultText, int kind) {
        static final int POSONLY = 0, POS = 1, VARARGS = 2, KWONLY = 3, VARKW = 4;
    }

    private static List<Param> parseSig(String sig, int javaParams) {
        List<Param> params = new ArrayList<>();
        if (sig.isEmpty()) {
            for (int i = 0; i < javaParams; i++) {
                params.add(new Param("arg" + i, null, Param.POSONLY));
            }
            return params;
        }
        String s = sig.trim();
        if (!s.startsWith("(") || !s.endsWith(")")) {
            throw new IllegalArgumentException("signature must be parenthesised: " + sig);
        }
        List<String> parts = splitTopLevel(s.substring(1, s.length() - 1));
        int kind = Param.POS;
        for (String p : parts) {
            if (p.equals("/")) {
                for (int i = 0; i < params.size(); i++) {
                    Param q = params.get(i);
                    params.set(i, new Param(q.name, q.defaultText, Param.POSONLY));
                }
            } else if (p.equals("*")) {
                kind = Param.KWONLY;
            } else if (p.startsWith("**")) {
                params.add(new Param(p.substring(2), null, Param.VARKW));
            } else if (p.startsWith("*")) {
                params.add(new Param(p.substring(1), null, Param.VARARGS));
                kind = Param.KWONLY;
            } else {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    params.add(new Param(p, null, kind));
                } else {
                    params.add(new Param(p.substring(0, eq).trim(), p.substring(eq + 1).trim(), kind));
                }
            }
        }
        return params;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(s.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().trim().isEmpty()) {
            out.add(cur.toString().trim());
        }
        return out;
    }

    /** The Python parameters of a builtin (self or cls, received by the first Java parameter, excluded). */
    private static List<Param> parseSig(String simple, ExecutableElement m, String sig, String kind, boolean isModule) {
        int skip = selfParameters(m, kind, isModule);
        List<Param> params = parseSig(sig, m.getParameters().size() - skip);
        if (params.size() != m.getParameters().size() - skip) {
            throw new IllegalArgumentException(simple + "." + m.getSimpleName() + ": signature " + sig + " has "
                    + params.size() + " parameters, the Java method " + (m.getParameters().size() - skip));
        }
        return params;
    }

    private static int selfParameters(ExecutableElement m, String kind, boolean isModule) {
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        return (!isModule && isStatic && !kind.equals("STATICMETHOD")) ? 1 : 0;
    }

    /** The install line: the builtin number {@code which} of the generated class, added to t. */
    private static String methodObject(String generated, int which, String name, String kind, boolean isModule,
            SpecTable table, String textSignature, String doc, List<Param> params) {
        // the parameters in ArgSpec.of's compact form (array literals cost ~250 B of code per
        // method): per parameter its kind digit, '?' when optional, its name; ',' between
        StringBuilder compact = new StringBuilder();
        for (Param p : params) {
            boolean required = p.defaultText == null && p.kind != Param.VARARGS && p.kind != Param.VARKW;
            compact.append(compact.length() == 0 ? "" : ",").append(p.kind).append(required ? "" : "?").append(p.name);
        }
        String adder = isModule ? "addFunction" : switch (kind) {
            case "CLASSMETHOD" -> "addClassMethod";
            case "STATICMETHOD" -> "addStaticMethod";
            case "NEW" -> "addNew";
            default -> "addMethod";
        };
        return "        t." + adder + "(new " + generated + "(" + table.add(name, compact.toString(), textSignature, doc)
                + ", " + which + "));\n";
    }

    /** The statement of call()'s switch case for one builtin: converts the bound arguments b, calls, returns. */
    private String callStatement(String simple, String ownerName, String name, ExecutableElement m, String kind,
            String sig, boolean isModule) {
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        List<? extends VariableElement> jparams = m.getParameters();
        int skip = selfParameters(m, kind, isModule);
        List<Param> params = parseSig(simple, m, sig, kind, isModule);
        List<String> args = new ArrayList<>();
        if (skip == 1) {
            TypeMirror selfType = jparams.get(0).asType();
            args.add(kind.equals("METHOD") ? selfCast(selfType, simple, ownerName, name) : convert(selfType, "self",
                    name, "self"));
        }
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            TypeMirror t = jparams.get(i + skip).asType();
            String raw = "b[" + i + "]";
            String conv = convert(t, raw, name, p.name);
            if (p.defaultText != null) {
                conv = "(" + raw + " == null ? " + defaultValue(t, p.defaultText, name) + " : " + conv + ")";
            }
            args.add(conv);
        }
        String target = isStatic ? simple + "." + m.getSimpleName()
                : selfCast(null, simple, ownerName, name) + "." + m.getSimpleName();
        return returnStatement(m, target + "(" + String.join(", ", args) + ")");
    }

    private String selfCast(TypeMirror declared, String simple, String ownerName, String method) {
        String type = declared == null ? simple : declared.toString();
        if (type.equals(OBJ + "PyObject")) {
            return "self";
        }
        return "(self instanceof " + type + " ? (" + type + ") self : Args.<" + type + ">badSelf(\"" + method + "\", \""
                + ownerName + "\", self))";
    }

    private String convert(TypeMirror t, String raw, String fname, String pname) {
        String ts = t.toString();
        switch (ts) {
            case OBJ + "PyObject":
                return raw;
            case "int":
                return "Args.toInt(" + raw + ")";
            case "long":
                return "Args.toLong(" + raw + ")";
            case "double":
                return "Args.toDouble(" + raw + ")";
            case "boolean":
                return "Abstract.isTrue(" + raw + ")";
            case "java.lang.String":
                return "Args.toJavaString(" + raw + ", \"" + fname + "\", \"" + pname + "\")";
            case OBJ + "PyObject[]":
                return "((PyTuple) " + raw + ").items";
            default:
                break;
        }
        if (t.getKind() == TypeKind.DECLARED) {
            Element el = ((DeclaredType) t).asElement();
            String py = annotationValue(el, "org.matcha.annotations.PyClass", "name");
            if (py == null) {
                py = el.getSimpleName().toString();
            }
            return "(" + raw + " instanceof " + ts + " ? (" + ts + ") " + raw + " : Args.<" + ts + ">wrongType(\""
                    + fname + "\", \"" + pname + "\", \"" + py + "\", " + raw + "))";
        }
        throw new IllegalArgumentException("unsupported parameter type " + ts + " in " + fname);
    }

    private static String defaultValue(TypeMirror t, String text, String fname) {
        String ts = t.toString();
        if (text.equals("NULL")) {
            if (t.getKind().isPrimitive()) {
                throw new IllegalArgumentException(fname + ": NULL default for a primitive parameter");
            }
            return "null";
        }
        boolean quoted = text.startsWith("'") || text.startsWith("\"");
        String javaString = quoted ? "\"" + text.substring(1, text.length() - 1).replace("\"", "\\\"") + "\"" : null;
        switch (ts) {
            case "int":
            case "double":
                return text;
            case "long":
                return text + "L";
            case "boolean":
                return text.equals("True") ? "true" : "false";
            case "java.lang.String":
                return text.equals("None") ? "null" : javaString;
            default:
                break;
        }
        if (text.equals("None")) {
            return ts.equals(OBJ + "PyObject") ? "PyNone.NONE" : "null";
        }
        if (text.equals("True") || text.equals("False")) {
            return "PyBool." + text.toUpperCase();
        }
        if (quoted) {
            return "PyStr.of(" + javaString + ")";
        }
        if (text.matches("-?[0-9]+")) {
            return "PyInt.of(" + text + "L)";
        }
        throw new IllegalArgumentException(fname + ": unsupported default " + text);
    }

    private static String wrapReturn(ExecutableElement m, String call) {
        String rt = m.getReturnType().toString();
        switch (rt) {
            case "boolean":
                return "PyBool.of(" + call + ")";
            case "int":
            case "long":
                return "PyInt.of(" + call + ")";
            case "double":
                return "PyFloat.of(" + call + ")";
            case "java.lang.String":
                return "PyStr.of(" + call + ")";
            default:
                return call;
        }
    }

    private static String returnStatement(ExecutableElement m, String call) {
        if (m.getReturnType().getKind() == TypeKind.VOID) {
            return call + "; return PyNone.NONE;";
        }
        return "return " + wrapReturn(m, call) + ";";
    }

    private void writeRegistry() throws IOException {
        try (Writer w = processingEnv.getFiler().createSourceFile("org.matcha.generated.ExposedRegistry").openWriter()) {
            w.write("// Generated by org.matcha.codegen.ExposedProcessor. Do not edit.\n");
            w.write("package org.matcha.generated;\n\n");
            w.write("import org.matcha.objects.PyModule;\n\n");
            w.write("/** Every annotated builtin type and native module. */\n");
            w.write("public final class ExposedRegistry {\n    private ExposedRegistry() {}\n\n");
            w.write("    /** Registers every builtin type; its methods are installed when its dict is first read. */\n");
            w.write("    public static void installTypes() {\n");
            w.write("        org.matcha.objects.PyType.installer = ExposedRegistry::installType;\n");
            for (int i = 0; i < typeClasses.size(); i++) {
                w.write("        " + typeClasses.get(i).split("\\|")[0] + ".TYPE.deferInstall(" + i + ");\n");
            }
            w.write("    }\n\n");
            w.write("    /** Installs the generated methods of registry entry {@code id} on its type. */\n");
            w.write("    static void installType(org.matcha.objects.PyType t, int id) {\n");
            w.write("        switch (id) {\n");
            for (int i = 0; i < typeClasses.size(); i++) {
                w.write("            case " + i + ": " + typeClasses.get(i).split("\\|")[1] + ".install(t); return;\n");
            }
            w.write("            default: throw new IllegalStateException(\"no builtin type \" + id);\n");
            w.write("        }\n    }\n\n");
            w.write("    public static final String[] TYPE_CLASSES = {\n");
            for (String entry : typeClasses) {
                w.write("        \"" + entry.split("\\|")[0] + "\",\n");
            }
            w.write("    };\n\n");
            w.write("    public static final String[] MODULE_NAMES = {\n");
            for (String[] mod : moduleClasses) {
                w.write("        \"" + mod[0] + "\",\n");
            }
            w.write("    };\n\n");
            w.write("    /** Fills a fresh module object for a native module name; false when there is none. */\n");
            w.write("    public static boolean installModule(String name, PyModule m) {\n");
            w.write("        switch (name) {\n");
            for (String[] mod : moduleClasses) {
                w.write("            case \"" + mod[0] + "\": " + mod[1] + ".install(m); return true;\n");
            }
            w.write("            default: return false;\n        }\n    }\n}\n");
        }
    }
}
