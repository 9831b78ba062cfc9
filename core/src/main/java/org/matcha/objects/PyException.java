package org.matcha.objects;

/**
 * The one Java exception type that carries a Python exception through Java code (builtins that
 * fail, callbacks into Python). It never fills in a Java stack trace: in Wasm that costs a call
 * into JS per throw. Between Python frames the VM unwinds without throwing it.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + Abstract.strString(value);
    }

    public boolean matches(PyType t) {
        return value.type().isSubtype(t);
    }
}
