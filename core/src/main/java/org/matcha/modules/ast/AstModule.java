package org.matcha.modules.ast;

import java.util.Map;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyType;

/** The _ast module: AST, every node class of the ASDL, and the compile() flags. CPython: Python/Python-ast.c astmodule_exec. */
@PyModuleDef(name = "_ast")
public final class AstModule {
    private AstModule() {}

    /** compile() flags. CPython: Include/cpython/compile.h. */
    public static final int PyCF_ONLY_AST = 0x400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static void init(PyModule m) {
        m.add("AST", AstBase.TYPE);
        m.add("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        m.add("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        m.add("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        for (Map.Entry<String, PyType> e : AstTypes.get().all().entrySet()) {
            m.add(e.getKey(), e.getValue());
        }
    }
}
