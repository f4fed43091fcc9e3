package dev.hotpath.processor.check;

/**
 * Every diagnostic the processor emits, in one place and one style: the rule, then the fix.
 * Each is a {@link String#format} pattern used through {@link Diagnostics}.
 */
public final class Messages {
  private Messages() {}

  // Route methods
  public static final String ROUTE_PRIVATE = "%s methods cannot be private";
  public static final String ROUTE_GENERIC = "%s methods cannot have type parameters";
  public static final String ROUTE_OUTSIDE_CONTROLLER =
      "%s methods must be in a class annotated @Controller; annotate %s with @Controller";
  public static final String ROUTE_NOT_ACCESSIBLE =
      "%s methods must be public when the @Api router is in another package (%s)";
  public static final String ROUTE_ANNOTATIONS_CONFLICT =
      "A method can have only one route annotation; found %s and %s";
  public static final String BLOCKING_AND_NON_BLOCKING =
      "@Blocking and @NonBlocking cannot both be on a method; choose one";
  public static final String NOT_SUPPORTED_YET = "@%s is not supported yet; remove it";

  // Controllers and APIs
  public static final String CONTROLLER_NOT_ACCESSIBLE =
      "@Controller classes must be public when the @Api router is in another package (%s)";
  public static final String CONTROLLER_GENERIC = "@Controller classes cannot have type parameters";
  public static final String CONTROLLER_NOT_TOP_LEVEL = "@Controller classes must be top-level or static nested classes";
  public static final String API_LISTS_NON_CONTROLLER =
      "%s is listed in @Api(controllers) but is not annotated @Controller";
  public static final String API_LISTS_CONTROLLER_TWICE = "%s is listed twice in @Api(controllers)";
  public static final String API_WITHOUT_CONTROLLERS =
      "@Api has no controllers; list them in @Api(controllers) or annotate classes with @Controller";
  public static final String API_NOT_SUPPORTED_YET = "@Api(%s) is not supported yet; leave it empty";

  // Templates
  public static final String TEMPLATE_INVALID = "Invalid path template \"%s\": %s";
  public static final String PREFIX_INVALID =
      "Invalid @Controller prefix \"%s\": it must start with / and not end with /, such as \"/items\"";
  public static final String TEMPLATE_VARIABLE_UNBOUND =
      "Path variable {%s} has no parameter; add a parameter named %s, or annotate one with @Path(\"%s\")";
  public static final String PATH_PARAM_NOT_IN_TEMPLATE =
      "@Path parameter \"%s\" is not a variable of the template \"%s\"; add {%s} to the template or fix the name";
  public static final String PATH_VARIABLE_BOUND_TWICE = "Path variable {%s} is bound by two parameters";
  public static final String DUPLICATE_ROUTE = "Duplicate route %s: also declared by %s";
  public static final String AMBIGUOUS_ROUTE =
      "Ambiguous routes: %s and %s (%s) match the same paths; use one variable name or make a segment literal";

  // Parameters
  public static final String SOURCES_CONFLICT = "Parameter %s has both @%s and @%s; choose one";
  public static final String BODY_ON_GET =
      "@Get methods cannot have a body, and parameter %s would be the JSON body. Did you mean @Post, or @Query?";
  public static final String JSON_TYPE_UNSUPPORTED = "%s";
  public static final String PARAM_CONSTRAINT_INVALID = "Parameter %s: %s";
  public static final String UNSUPPORTED_PARAM_TYPE =
      "%s parameter %s cannot have type %s; use a primitive, a box, String, UUID, BigDecimal, BigInteger, "
          + "an enum or a java.time type, or %s of one";
  public static final String PATH_PARAM_NOT_SCALAR =
      "Path parameter %s must be a single required value, not %s: a path variable is always present";
  public static final String INJECTED_PARAM_ANNOTATED = "Parameter %s of type %s is injected; remove @%s";
  public static final String DEFAULT_NOT_CONVERTIBLE = "@Default(\"%s\") is not a valid %s for parameter %s";
  public static final String DEFAULT_NOT_APPLICABLE = "@Default cannot be used on %s parameter %s";
  public static final String NULLABLE_PRIMITIVE =
      "Parameter %s is a primitive %s and cannot be null; use %s for an optional value";

  // Exception handlers
  public static final String HANDLER_NOT_ACCESSIBLE =
      "@ExceptionHandler methods cannot be private, and must be public when the @Api router is in another "
          + "package (%s)";
  public static final String HANDLER_PARAMETERS =
      "@ExceptionHandler methods take the exception (a Throwable) and optionally the Request, nothing else";
  public static final String HANDLER_RETURN =
      "@ExceptionHandler methods return Response<T>, not %s; build the answer with Response.status(...)";
  public static final String ROUTE_AND_HANDLER = "%s methods cannot also be @ExceptionHandler methods";
  public static final String HANDLER_DUPLICATE = "A handler for %s is already declared by %s in this class";

  // Return types
  public static final String RETURN_UNSUPPORTED = "Return type %s is not supported: %s";

  // Notes
  public static final String ROUTE_MODE = "%s runs %s %s: %s";
  public static final String PROCESSOR_FAILED = "Hotpath processor failed on this element (a bug; please report it): %s";
}
