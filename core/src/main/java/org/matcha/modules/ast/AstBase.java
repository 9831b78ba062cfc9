package org.matcha.modules.ast;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInstance;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * {@code ast.AST}, the base of every node class: instances keep their fields in {@code __dict__};
 * the constructor sets positional arguments by {@code _fields} order and keywords by name.
 * CPython: Python/Python-ast.c ast_type_init, ast_type_reduce, AST_type_slots.
 */
@PyClass(name = "ast.AST")
public final class AstBase {
    public static final PyType TYPE = PyType.builtin("ast.AST", PyType.OBJECT, PyInstance::new);

    static {
        TYPE.hasInstanceDict = true;
        TYPE.dict().setItem("_fields", PyTuple.EMPTY);
        TYPE.dict().setItem("__match_args__", PyTuple.EMPTY);
        TYPE.dict().setItem("_attributes", PyTuple.EMPTY);
        TYPE.addGetSet("__dict__", o -> o.dict(), (o, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError(v == null ? "cannot delete __dict__"
                        : "__dict__ must be set to a dictionary, not a '" + v.type().name + "'");
            }
            ((PyInstance) o).setDict(d);
        });
    }

    private AstBase() {}

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    /** CPython: ast_type_init. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static void __init__(PyObject self, PyObject[] args, PyDict kwargs) {
        PyObject fields = Abstract.lookupAttrOrNull(self.type(), "_fields");
        PyObject[] names = fields == null ? new PyObject[0] : Abstract.toArray(fields);
        if (names.length < args.length) {
            throw Errors.typeError(self.type().shortName() + " constructor takes at most " + names.length
                    + " positional argument" + (names.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < args.length; i++) {
            setAttr(self, names[i], args[i]);
        }
        if (kwargs == null) {
            return;
        }
        for (int k = kwargs.nextEntry(0); k >= 0; k = kwargs.nextEntry(k + 1)) {
            PyObject key = kwargs.keyAt(k);
            for (int i = 0; i < names.length; i++) {
                if (Abstract.eqBool(names[i], key)) {
                    if (i < args.length) {
                        throw Errors.typeError(self.type().name + " got multiple values for argument '"
                                + Abstract.strString(key) + "'");
                    }
                    break;
                }
            }
            setAttr(self, key, kwargs.valueAt(k));
        }
    }

    /** CPython: ast_type_reduce. */
    @PyMethod
    public static PyObject __reduce__(PyObject self) {
        PyObject dict = Abstract.lookupAttrOrNull(self, "__dict__");
        if (dict != null) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, dict);
        }
        return PyTuple.of(self.type(), PyTuple.EMPTY);
    }

    /** PyObject_SetAttr with a name object: it must be a str. */
    private static void setAttr(PyObject self, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        Abstract.setAttr(self, s.value, value);
    }
}
