package org.matcha.modules.ast;

import java.util.ArrayList;
import java.util.List;
import org.matcha.ast.AstConstant;
import org.matcha.ast.AstSchema;
import org.matcha.ast.Node;
import org.matcha.builtins.BuiltinsModule;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.vm.Interpreter;

/**
 * Python AST objects to Java nodes, for compile(tree, ...): reads each field as an attribute,
 * checks its shape and type, and builds the node with {@link AstSchema#create}. Messages and the
 * order of the checks are CPython's. Constants that have no Java form (tuples, frozensets, complex
 * numbers with a real part, and invalid objects the validator rejects) stay Python objects.
 * CPython: Python/Python-ast.c obj2ast_* and PyAST_obj2mod.
 */
public final class PythonToAst {
    private final AstTypes types;

    private PythonToAst(AstTypes types) {
        this.types = types;
    }

    /** The Java tree of a Module, Expression, Interactive or FunctionType object. CPython: PyAST_obj2mod. */
    public static Node convertMod(PyObject tree, String mode) {
        AstTypes types = AstTypes.get();
        String required = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> "Module";
        };
        if (!BuiltinsModule.isinstance(tree, types.type(required))) {
            throw Errors.typeError("expected " + required + " node, got " + tree.type().shortName());
        }
        return new PythonToAst(types).sum("mod", tree);
    }

    /** True for instances of ast.AST. CPython: PyAST_Check. */
    public static boolean isAst(PyObject o) {
        return BuiltinsModule.isinstance(o, AstBase.TYPE);
    }

    /** A node of a sum type (expr, stmt, ...); null for None. CPython: obj2ast_expr and friends. */
    private Node sum(String sumName, PyObject obj) {
        AstSchema.Type sum = types.spec(sumName);
        if (sum.kind() == AstSchema.Kind.ENUM) {
            for (AstSchema.Type c : types.constructors(sumName)) {
                if (BuiltinsModule.isinstance(obj, types.type(c.name()))) {
                    return AstSchema.create(c.name(), new Object[0]);
                }
            }
            throw Errors.typeError("expected some sort of " + sumName + ", but got " + Abstract.reprString(obj));
        }
        if (obj == PyNone.NONE) {
            return null;
        }
        int[] pos = sum.positioned() ? positions(obj, sumName, sum.endRequired()) : null;
        for (AstSchema.Type c : types.constructors(sumName)) {
            if (BuiltinsModule.isinstance(obj, types.type(c.name()))) {
                Node n = fields(c, obj);
                if (pos != null) {
                    n.setPosition(pos[0], pos[1], pos[2], pos[3]);
                }
                return n;
            }
        }
        throw Errors.typeError("expected some sort of " + sumName + ", but got " + Abstract.reprString(obj));
    }

    /** A product node (arguments, arg, keyword, ...): fields, then positions. CPython: obj2ast_arguments. */
    private Node product(AstSchema.Type spec, PyObject obj) {
        Node n = fields(spec, obj);
        if (spec.positioned()) {
            int[] pos = positions(obj, spec.name(), spec.endRequired());
            n.setPosition(pos[0], pos[1], pos[2], pos[3]);
        }
        return n;
    }

    /** lineno, col_offset, end_lineno, end_col_offset; absent end positions default to the start. */
    private int[] positions(PyObject obj, String owner, boolean endRequired) {
        int[] pos = new int[4];
        for (int i = 0; i < 4; i++) {
            String name = AstTypes.POSITION_ATTRIBUTES[i];
            PyObject v = Abstract.lookupAttrOrNull(obj, name);
            if (i >= 2 && !endRequired && (v == null || v == PyNone.NONE)) {
                pos[i] = pos[i - 2];
                continue;
            }
            if (v == null) {
                throw missing(name, owner);
            }
            pos[i] = toInt(v, owner);
        }
        return pos;
    }

    private static org.matcha.objects.PyException missing(String field, String owner) {
        return Errors.typeError("required field \"" + field + "\" missing from " + owner);
    }

    private Node fields(AstSchema.Type spec, PyObject obj) {
        AstSchema.Field[] fields = spec.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            AstSchema.Field f = fields[i];
            PyObject v = Abstract.lookupAttrOrNull(obj, f.name());
            if (f.list()) {
                if (v == null) {
                    throw missing(f.name(), spec.name());
                }
                values[i] = list(spec, f, v);
            } else if (f.optional() && (v == null || v == PyNone.NONE)) {
                values[i] = f.type().equals("int") ? Integer.valueOf(0) : null;
            } else {
                if (v == null) {
                    throw missing(f.name(), spec.name());
                }
                values[i] = child(spec, f.type(), v);
            }
        }
        for (int i = 0; i < fields.length; i++) {
            AstSchema.Field f = fields[i];
            if (values[i] == null && !f.optional() && !f.list() && !f.type().equals("constant")) {
                throw Errors.valueError("field '" + f.name() + "' is required for " + spec.name());
            }
        }
        return AstSchema.create(spec.name(), values);
    }

    private List<Object> list(AstSchema.Type owner, AstSchema.Field f, PyObject v) {
        if (!(v instanceof PyList l)) {
            throw Errors.typeError(owner.name() + " field \"" + f.name() + "\" must be a list, not a "
                    + v.type().shortName());
        }
        int len = l.size;
        List<Object> out = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            out.add(child(owner, f.type(), l.items[i]));
            if (len != l.size) {
                throw Errors.runtimeError(owner.name() + " field \"" + f.name() + "\" changed size during iteration");
            }
        }
        return out;
    }

    /** One value of ASDL type {@code type}, inside a node of class {@code owner}. */
    private Object child(AstSchema.Type owner, String type, PyObject v) {
        switch (type) {
            case "identifier":
                if (v == PyNone.NONE) {
                    return null;
                }
                if (v.type() != PyStr.TYPE) {
                    throw Errors.typeError("AST identifier must be of type str");
                }
                return ((PyStr) v).value;
            case "string":
                if (v.type() == PyBytes.TYPE) {
                    throw Errors.notImplemented("AST string fields holding bytes are not supported");
                }
                if (v.type() != PyStr.TYPE) {
                    throw Errors.typeError("AST string must be of type str");
                }
                return ((PyStr) v).value;
            case "int":
                return toInt(v, owner.name());
            case "constant":
                return constant(v);
            default:
                break;
        }
        Interpreter.enterRecursive(" while traversing '" + owner.name() + "' node");
        try {
            AstSchema.Type spec = types.spec(type);
            return spec.kind() == AstSchema.Kind.PRODUCT ? product(spec, v) : sum(type, v);
        } finally {
            Interpreter.leaveRecursive();
        }
    }

    /** CPython: obj2ast_int (any int, bool included, within a C int). */
    private static int toInt(PyObject v, String owner) {
        if (!(v instanceof PyInt i)) {
            throw Errors.valueError("invalid integer value: " + Abstract.reprString(v));
        }
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A constant's Java form where the compiler has one; other objects are kept as they are. */
    static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        } else if (v == PySingletons.ELLIPSIS) {
            return AstConstant.ELLIPSIS;
        } else if (v instanceof PyBool b) {
            return b == PyBool.TRUE;
        } else if (v.type() == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.big != null ? i.big : (Object) Long.valueOf(i.value);
        } else if (v.type() == PyFloat.TYPE) {
            return ((PyFloat) v).value;
        } else if (v.type() == PyStr.TYPE && !hasSurrogate(((PyStr) v).value)) {
            return ((PyStr) v).value;
        } else if (v.type() == PyBytes.TYPE) {
            return ((PyBytes) v).bytes;
        } else if (v.type() == PyComplex.TYPE && ((PyComplex) v).real == 0
                && Double.doubleToRawLongBits(((PyComplex) v).real) == 0) {
            return new AstConstant.Imaginary(((PyComplex) v).imag);
        }
        return v;
    }
}
