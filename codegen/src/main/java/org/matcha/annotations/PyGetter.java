package org.matcha.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A read-only attribute of a {@link PyClass}, computed by an instance method with no parameters. */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The Python name; defaults to the Java method name. */
    String name() default "";
}
