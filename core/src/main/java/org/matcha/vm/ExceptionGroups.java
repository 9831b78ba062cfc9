package org.matcha.vm;

import org.matcha.objects.ExceptionGroupMethods;
import org.matcha.objects.PyList;
import org.matcha.objects.PyObject;

/** The except* opcodes' work, delegated to the exception-group type. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static PyObject[] matchForExceptStar(PyObject exc, PyObject type) {
        return ExceptionGroupMethods.matchForExceptStar(exc, type);
    }

    static PyObject prepReraiseStar(PyObject orig, PyList raised) {
        return ExceptionGroupMethods.prepReraiseStar(orig, raised);
    }
}
