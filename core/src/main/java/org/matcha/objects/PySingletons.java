package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** The other builtin singletons: {@code NotImplemented} and {@code Ellipsis}. */
public final class PySingletons {
    private PySingletons() {}

    /** {@code NotImplemented}. */
    @PyClass(name = "NotImplementedType")
    public static final class NotImplementedType extends PyObject {
        public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, t -> PySingletons.NOT_IMPLEMENTED);

        private NotImplementedType() {}

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("NotImplemented");
        }

        @PyMethod
        public PyObject __reduce__() {
            return PyStr.of("NotImplemented");
        }
    }

    /** {@code Ellipsis} ({@code ...}). */
    @PyClass(name = "ellipsis")
    public static final class EllipsisType extends PyObject {
        public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, t -> PySingletons.ELLIPSIS);

        private EllipsisType() {}

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("Ellipsis");
        }
    }

    public static final PyObject NOT_IMPLEMENTED = new NotImplementedType();
    public static final PyObject ELLIPSIS = new EllipsisType();
}
