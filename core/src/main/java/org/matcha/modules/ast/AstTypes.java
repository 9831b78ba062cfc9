package org.matcha.modules.ast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matcha.ast.AstSchema;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;
import org.matcha.vm.Interpreter;

/**
 * The node classes of one interpreter, made from the generated {@link AstSchema} the way CPython's
 * init_types does: each is a heap class (as type(name, (base,), ns) makes) with _fields,
 * __match_args__, __module__ 'ast' and __doc__; sums and products get _attributes, and optional
 * fields and attributes a class-level None. Field-less enum values have one shared instance that
 * parsed trees use. CPython: Python/Python-ast.c make_type, add_attributes, init_types.
 */
public final class AstTypes {
    static final String[] POSITION_ATTRIBUTES = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

    private final Map<String, PyType> types = new LinkedHashMap<>();
    private final Map<String, AstSchema.Type> specs = new HashMap<>();
    private final Map<String, PyObject> singletons = new HashMap<>();
    private final Map<String, List<AstSchema.Type>> constructors = new HashMap<>();

    private AstTypes() {
        for (AstSchema.Type spec : AstSchema.TYPES) {
            specs.put(spec.name(), spec);
            if (spec.base() != null) {
                constructors.computeIfAbsent(spec.base(), k -> new ArrayList<>()).add(spec);
            }
            PyType base = spec.base() == null ? AstBase.TYPE : types.get(spec.base());
            PyDict ns = new PyDict();
            PyTuple fields = fieldNames(spec);
            ns.setItem("_fields", fields);
            ns.setItem("__match_args__", fields);
            ns.setItem("__module__", PyStr.of("ast"));
            ns.setItem("__doc__", PyStr.of(spec.doc()));
            PyType t = TypeBuilder.build(PyType.TYPE, spec.name(), new PyObject[] {base}, ns, null);
            switch (spec.kind()) {
                case SUM, PRODUCT -> addAttributes(t, spec);
                case ENUM -> t.setAttr("_attributes", PyTuple.EMPTY);
                default -> { }
            }
            for (AstSchema.Field f : spec.fields()) {
                if (f.optional()) {
                    t.setAttr(f.name(), PyNone.NONE);
                }
            }
            types.put(spec.name(), t);
            if (spec.kind() == AstSchema.Kind.ENUM_VALUE) {
                singletons.put(spec.name(), t.factory.apply(t));
            }
        }
    }

    private static PyTuple fieldNames(AstSchema.Type spec) {
        PyObject[] names = new PyObject[spec.fields().length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(spec.fields()[i].name());
        }
        return PyTuple.of(names);
    }

    private static void addAttributes(PyType t, AstSchema.Type spec) {
        if (!spec.positioned()) {
            t.setAttr("_attributes", PyTuple.EMPTY);
            return;
        }
        PyObject[] names = new PyObject[POSITION_ATTRIBUTES.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(POSITION_ATTRIBUTES[i]);
        }
        t.setAttr("_attributes", PyTuple.of(names));
        if (!spec.endRequired()) {
            t.setAttr("end_lineno", PyNone.NONE);
            t.setAttr("end_col_offset", PyNone.NONE);
        }
    }

    /** This interpreter's classes, made on first use. */
    public static AstTypes get() {
        return Interpreter.current().moduleState("_ast", AstTypes::new);
    }

    public PyType type(String name) {
        return types.get(name);
    }

    public AstSchema.Type spec(String name) {
        return specs.get(name);
    }

    /** The shared instance of a field-less enum class such as Load. */
    public PyObject singleton(String name) {
        return singletons.get(name);
    }

    /** The constructors of a sum, in ASDL order. */
    public List<AstSchema.Type> constructors(String sum) {
        return constructors.getOrDefault(sum, List.of());
    }

    public Map<String, PyType> all() {
        return types;
    }
}
