package org.matcha.modules.ast;

import java.math.BigInteger;
import java.util.List;
import org.matcha.ast.AstConstant;
import org.matcha.ast.AstSchema;
import org.matcha.ast.CodePoints;
import org.matcha.ast.Node;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/**
 * Java AST to Python AST objects, for compile(..., PyCF_ONLY_AST): each node becomes an instance of
 * its _ast class with every field (None for absent optional ones) and then the position attributes
 * in its __dict__; enum values are the shared singletons. CPython: Python/Python-ast.c ast2obj_*,
 * PyAST_mod2obj.
 */
public final class AstToPython {
    private final AstTypes types;
    private final int limit;
    private int depth;

    private AstToPython(AstTypes types) {
        this.types = types;
        Interpreter i = Interpreter.current();
        // CPython 3.11 scales the recursion limit by COMPILER_STACK_FRAME_SCALE (3) here
        this.limit = 3 * (i == null ? 1000 : i.recursionLimit);
    }

    public static PyObject convert(Node mod) {
        return new AstToPython(AstTypes.get()).node(mod);
    }

    private PyObject node(Node n) {
        if (n == null) {
            return PyNone.NONE;
        }
        AstSchema.Type spec = types.spec(n.typeName());
        if (spec.kind() == AstSchema.Kind.ENUM_VALUE) {
            return types.singleton(spec.name());
        }
        if (++depth > limit) {
            throw Errors.recursion("maximum recursion depth exceeded during ast construction");
        }
        PyType t = types.type(spec.name());
        PyObject o = t.factory.apply(t);
        PyDict d = o.dict();
        AstSchema.Field[] fields = spec.fields();
        for (int i = 0; i < fields.length; i++) {
            d.setItem(fields[i].name(), value(fields[i], n.field(i)));
        }
        if (n.positioned()) {
            d.setItem("lineno", PyInt.of(n.lineno));
            d.setItem("col_offset", PyInt.of(n.colOffset));
            d.setItem("end_lineno", PyInt.of(n.endLineno));
            d.setItem("end_col_offset", PyInt.of(n.endColOffset));
        }
        depth--;
        return o;
    }

    private PyObject value(AstSchema.Field f, Object v) {
        if (f.list()) {
            List<?> items = (List<?>) v;
            if (items == null) {
                return new PyList();
            }
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = scalar(f.type(), items.get(i));
            }
            return new PyList(out, out.length);
        }
        return scalar(f.type(), v);
    }

    private PyObject scalar(String type, Object v) {
        switch (type) {
            case "identifier":
            case "string":
                return v == null ? PyNone.NONE : PyStr.of((String) v);
            case "int":
                return PyInt.of(((Integer) v).longValue());
            case "constant":
                return constant(v);
            default:
                return node((Node) v);
        }
    }

    /** The Python value of a Constant (or MatchSingleton) node's Java value. */
    static PyObject constant(Object v) {
        if (v == null) {
            return PyNone.NONE;
        } else if (v instanceof PyObject p) {
            return p;
        } else if (v instanceof String s) {
            return PyStr.of(s);
        } else if (v instanceof CodePoints cp) {
            return PyStr.ofCodePoints(cp.codePoints(), 0, cp.codePoints().length);
        } else if (v instanceof Boolean b) {
            return PyBool.of(b);
        } else if (v instanceof Long l) {
            return PyInt.of(l);
        } else if (v instanceof Integer i) {
            return PyInt.of(i.longValue());
        } else if (v instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (v instanceof Double d) {
            return PyFloat.of(d);
        } else if (v instanceof byte[] b) {
            return new PyBytes(b);
        } else if (v instanceof AstConstant.Imaginary im) {
            return new PyComplex(0, im.imag());
        } else if (v == AstConstant.ELLIPSIS) {
            return PySingletons.ELLIPSIS;
        }
        throw Errors.of(org.matcha.objects.ExceptionTypes.SystemError, "unknown AST constant");
    }
}
