package org.matcha.web;

import org.matcha.objects.PyObject;
import org.teavm.jso.JSObject;

/**
 * A Python object handed to JavaScript. JS sees an opaque object that it keeps inside a PyProxy
 * and passes back to the exports; the garbage collector sees one heap, so nothing needs freeing.
 */
final class PyHandle implements JSObject {
    final PyObject object;

    PyHandle(PyObject object) {
        this.object = object;
    }
}
