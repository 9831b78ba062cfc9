package org.matcha.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java class that implements a Python builtin type. The class must have a
 * {@code public static final PyType TYPE}; the build generates {@code <Class>Exposed}, which
 * installs the annotated methods into that type, and lists the class in the registry.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface PyClass {
    /** The Python name, e.g. "list". */
    String name();

    /** The type's __doc__; empty: None. */
    String doc() default "";
}
