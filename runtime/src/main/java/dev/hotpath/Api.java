package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API. The processor generates {@code <TypeName>Router} in the same package; its
 * constructor takes one instance per controller in the listed order (then per exception handler
 * class, then per provider class).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Api {
  /** Title of the API document; defaults to the annotated type's simple name. */
  String title() default "";

  String version() default "0.1.0";

  /** The controllers of this API; empty means every {@link Controller} in the compilation, by name. */
  Class<?>[] controllers() default {};

  /** Classes holding {@link ExceptionHandler} methods for every route. */
  Class<?>[] exceptionHandlers() default {};

  /** Classes holding {@link Provides} methods; the router's constructor takes one instance of each. */
  Class<?>[] providers() default {};
}
