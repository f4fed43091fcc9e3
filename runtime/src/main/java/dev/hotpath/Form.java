package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a parameter to a field of a form body (url-encoded or multipart). Not supported yet: the processor rejects it until forms land. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Form {
  /** The form field's name; defaults to the parameter's name. */
  String value() default "";
}
