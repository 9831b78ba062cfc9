package org.matcha.modules.array;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/** array.arrayiterator: reads the live array; drops it once exhausted. CPython: arrayiter_next. */
@PyClass(name = "array.arrayiterator")
public final class ArrayIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("array.arrayiterator", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private ArrayObject array;
    private int index;

    ArrayIterator(ArrayObject array) {
        this.array = array;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        if (array == null) {
            return null;
        }
        if (index < array.size) {
            return array.get(index++);
        }
        array = null;
        return null;
    }

    /** CPython: array_arrayiterator___reduce___impl. */
    @PyMethod
    public PyObject __reduce__() {
        PyObject iter = Interpreter.current().builtinsModule.dict.getItem("iter");
        if (array == null) {
            return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(iter, PyTuple.of(array), PyInt.of(index));
    }

    /** CPython: array_arrayiterator___setstate__, clamping to the array. */
    @PyMethod
    public void __setstate__(PyObject state) {
        long i = Args.toLong(state);
        if (array != null) {
            index = (int) Math.max(0, Math.min(i, array.size));
        }
    }
}
