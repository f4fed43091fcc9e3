package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link Controller} as the handler of HTTP {@code DELETE} requests to {@link #value()}.
 *
 * <p>The return type decides how the method runs: a {@code CompletionStage} runs on the event loop,
 * anything else on the worker pool (see {@link Blocking} and {@link NonBlocking}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** Path template below the controller's prefix, such as {@code /{id}} or {@code /files/{rest:path}}. */
  String value() default "";

  /** Status of a successful response; a {@code void} method answers 204 unless this is set. */
  int status() default 200;

  /** Short summary for the API document; defaults to the first sentence of the Javadoc. */
  String summary() default "";

  /** Tags for the API document, added to the controller's. */
  String[] tags() default {};

  /** Marks the operation deprecated in the API document. */
  boolean deprecated() default false;
}
