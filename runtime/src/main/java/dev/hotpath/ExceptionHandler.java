package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns an exception into a {@link Response} (FastAPI's {@code @app.exception_handler}): the method
 * takes the exception (and optionally the {@link Request}) and returns {@code Response<T>}. In a
 * controller it handles that controller's routes; in a class of {@code @Api(exceptionHandlers)},
 * every route. The most specific handler is chosen at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ExceptionHandler {}
