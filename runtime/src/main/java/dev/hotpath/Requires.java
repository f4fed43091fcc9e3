package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the providers of these types for their effect before a route (FastAPI's
 * {@code dependencies=[Depends(...)]}). Not supported yet: the processor rejects it until
 * dependencies land.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
  Class<?>[] value();
}
