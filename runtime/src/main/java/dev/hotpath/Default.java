package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of a path, query, header or cookie parameter when the request has none, written as
 * it would arrive on the wire ({@code @Default("10") int limit}). The processor checks that it
 * converts to the parameter's type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Default {
  String value();
}
