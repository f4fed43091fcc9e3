package dev.hotpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method's return type injectable (FastAPI's {@code Depends}): a route or provider
 * parameter of that type gets the value. The method is in a class listed in
 * {@code @Api(providers = ...)}, public, and its parameters bind as a route's (path, query,
 * header, cookie, body, {@code Request}, other provided types). It runs at most once per request,
 * in its own execution mode (a future: non-blocking; a plain value: on the worker pool;
 * {@link Blocking}/{@link NonBlocking} override), before the route. Return {@link Scoped} for a
 * value closed after the response. Each type has exactly one provider in an API; the graph is
 * checked and resolved at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Provides {}
