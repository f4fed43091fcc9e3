package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a field of a form body, {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data} (FastAPI's {@code Form()} and {@code File()}). A scalar, {@code Optional},
 * {@code List} or {@code Set} converts as a query parameter does (a {@code List} collects a repeated
 * field); a {@link FileUpload}, {@code Optional<FileUpload>}, {@code List<FileUpload>} or {@code byte[]}
 * is a file part. Errors are 422s at {@code ["body", name]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Form {
  /** The form field's name; defaults to the parameter's name. */
  String value() default "";
}
