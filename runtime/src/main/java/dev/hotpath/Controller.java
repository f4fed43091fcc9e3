package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A class holding route methods. The user constructs it; the generated router takes the instance. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Controller {
  /** Path prefix of every route in the class, such as {@code /items}. */
  String value() default "";

  /** Tags for every route of the class in the API document. */
  String[] tags() default {};
}
