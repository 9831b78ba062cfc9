package org.matcha.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Python method of a {@link PyClass}, or a function of a {@link PyModuleDef}. An instance method
 * receives self as {@code this}; a static method of a PyClass receives self as its first parameter.
 *
 * <p>{@link #sig} is the Python signature of the remaining parameters, Argument-Clinic style, e.g.
 * {@code "(iterable, /, *, key=None, reverse=False)"}. Without it every parameter is positional-only
 * and required. A default of {@code NULL} passes Java null (argument not given).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name; defaults to the Java method name. */
    String name() default "";

    String sig() default "";

    /** The __text_signature__ when it differs from what sig gives (defaults Matcha binds differently). */
    String text() default "";

    /** The __doc__ (CPython's docstring after its signature line); empty: None. */
    String doc() default "";

    /** Kind: a plain method, a classmethod (first parameter is the class), or a staticmethod. */
    Kind kind() default Kind.METHOD;

    enum Kind { METHOD, CLASSMETHOD, STATICMETHOD, NEW }
}
