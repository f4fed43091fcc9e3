package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the providers of these types for their effect before a route (FastAPI's
 * {@code dependencies=[Depends(...)]}): a check that may throw, a value no parameter takes. On a
 * route method, on a controller (its every route) or on the {@link Api} type (every route of the
 * API); they run in that order, API first, before the providers the route's parameters need.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
  Class<?>[] value();
}
