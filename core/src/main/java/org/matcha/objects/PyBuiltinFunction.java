package org.matcha.objects;

/**
 * The Java implementation of one builtin function or method, made by the generated
 * {@code *Exposed} classes: it binds arguments with its {@link ArgSpec} and calls the Java method.
 * Python sees it through {@link PyMethodDescriptor} or {@link PyBuiltinFunctionObject}.
 */
public abstract class PyBuiltinFunction {
    public final String name;
    public final ArgSpec spec;
    /** The type that defines it, or null for a module function. */
    public PyType ownerType;
    boolean isNew;

    protected PyBuiltinFunction(String name, ArgSpec spec) {
        this.name = name;
        this.spec = spec;
    }

    /**
     * The generated code's constructor: the entry at {@code offset} in its class's table of builtins
     * (codegen's SpecTable): name, parameters in ArgSpec.of's compact form, text signature and doc,
     * each ended by \1, "\2" for null.
     */
    protected PyBuiltinFunction(String table, int offset) {
        int nameEnd = table.indexOf('\1', offset);
        int paramsEnd = table.indexOf('\1', nameEnd + 1);
        int textEnd = table.indexOf('\1', paramsEnd + 1);
        int docEnd = table.indexOf('\1', textEnd + 1);
        this.name = table.substring(offset, nameEnd);
        this.spec = ArgSpec.of(name, table.substring(nameEnd + 1, paramsEnd), tableField(table, paramsEnd + 1, textEnd),
                tableField(table, textEnd + 1, docEnd));
    }

    private static String tableField(String table, int start, int end) {
        return end == start + 1 && table.charAt(start) == '\2' ? null : table.substring(start, end);
    }

    /** Calls with {@code self} (the instance, class, or module) and vectorcall arguments. */
    public abstract PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
