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

    /** The generated code's constructor: the parameters in ArgSpec.of's compact form, text signature and doc. */
    protected PyBuiltinFunction(String name, String params, String textSignature, String doc) {
        this(name, ArgSpec.of(name, params, textSignature, doc));
    }

    /** Calls with {@code self} (the instance, class, or module) and vectorcall arguments. */
    public abstract PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
