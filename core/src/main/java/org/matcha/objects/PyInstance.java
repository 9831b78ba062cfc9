package org.matcha.objects;

/** An instance of a class defined in Python whose solid base is object. */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;
    /** Values of {@code __slots__} members, by slot index. */
    public PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.hasInstanceDict) {
            dict = new PyDict();
        }
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    public void setDict(PyDict d) {
        dict = d;
    }
}
