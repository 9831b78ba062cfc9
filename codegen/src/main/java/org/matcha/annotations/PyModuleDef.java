package org.matcha.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java class that implements a native Python module: its static {@link PyMethod} methods are the
 * module's functions. An optional {@code static void init(PyModule m)} adds constants and types.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface PyModuleDef {
    String name();

    /** The module's __doc__; empty: None. */
    String doc() default "";
}
