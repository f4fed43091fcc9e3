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
  public static final String FORM_ON_GET =
      "@Get methods cannot have a body, and @Form parameter %s would read it. Did you mean @Post, or @Query?";
  public static final String FORM_TYPE_UNSUPPORTED =
      "@Form parameter %s cannot have type %s; use a scalar (a primitive, a box, String, UUID, BigDecimal, an enum "
          + "or a java.time type) or Optional, List or Set of one, or for a file FileUpload, Optional<FileUpload>, "
          + "List<FileUpload> or byte[]";
  public static final String FORM_AND_JSON_BODY =
      "%s reads both form fields (%s) and a JSON body (%s): a request has one body; make them all @Form, or "
          + "none";
  public static final String FORM_BYTES_NON_BLOCKING =
      "@Form byte[] parameter %s reads the whole upload, possibly from disk, which would block the event loop of "
          + "non-blocking %s; take a FileUpload and read it elsewhere, or make it blocking";
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

  // Dependencies
  public static final String PROVIDES_NOT_PUBLIC = "@Provides methods must be public";
  public static final String PROVIDES_GENERIC = "@Provides methods cannot have type parameters";
  public static final String PROVIDES_VOID =
      "@Provides methods return the value they provide; a check that only may throw still provides a type "
          + "(a marker record, say), which routes then @Requires";
  public static final String PROVIDES_UNSUPPORTED = "@Provides methods cannot return %s: %s";
  public static final String PROVIDES_INJECTED_TYPE = "%s is injected by the server and cannot be provided";
  public static final String PROVIDES_DUPLICATE =
      "%s is already provided by %s; an API has exactly one provider of each type";
  public static final String PROVIDES_OUTSIDE =
      "@Provides methods belong in a class listed in @Api(providers = ...), not in %s; move %s there";
  public static final String PROVIDES_UNLISTED =
      "@Provides method %s is in %s, which no @Api lists; add %s.class to @Api(providers = ...)";
  public static final String PROVIDED_PARAM_ANNOTATED =
      "Parameter %s is provided (a @Provides method gives %s), so @%s does not apply; remove it, or annotate the "
          + "parameter @Query, @Header, ... to read it from the request";
  public static final String PROVIDES_ON_ROUTE = "%s methods cannot also be @Provides methods";
  public static final String PROVIDER_CLASS_NOT_ACCESSIBLE =
      "Provider class %s must be public: the @Api router is in another package";
  public static final String PROVIDER_CLASS_GENERIC = "Provider class %s cannot have type parameters";
  public static final String PROVIDER_CLASS_NOT_TOP_LEVEL = "Provider class %s must be top-level or a static nested class";
  public static final String PROVIDER_CLASS_EMPTY = "%s is listed in @Api(providers) but has no @Provides method";
  public static final String PROVIDER_CLASS_TWICE = "%s is listed twice in @Api(providers)";
  public static final String REQUIRES_UNPROVIDED =
      "@Requires(%s.class): no @Provides method of the API's providers provides %s; add one to a class in "
          + "@Api(providers = ...)";
  public static final String REQUIRES_ON_PROVIDER =
      "@Requires belongs on routes, controllers and the @Api type; a provider's own dependencies are its parameters";
  public static final String PROVIDER_CYCLE =
      "Providers need each other in a cycle: %s; one of them must do without the other";
  public static final String PROVIDER_PATH_NOT_IN_TEMPLATE =
      "%s uses provider %s, whose @Path parameter \"%s\" is not a variable of the template \"%s\"";
  public static final String PROVIDER_QUERY_SHADOWS_PATH =
      "%s uses provider %s, whose parameter %s is read from the query while the template has {%s}; "
          + "annotate it @Path to read the path variable, or @Query to keep the query";
  public static final String PROVIDER_BODY_ON_GET =
      "@Get methods cannot have a body, and %s uses provider %s, which reads parameter %s from it";
  public static final String PROVIDER_BODIES =
      "%s reads the JSON body in more than one place (%s); read it in one parameter, of the route or of one "
          + "provider";

  // Return types
  public static final String RETURN_UNSUPPORTED = "Return type %s is not supported: %s";

  // Notes
  public static final String ROUTE_MODE = "%s runs %s %s: %s";
  public static final String ROUTE_DEPENDENCIES = "%s first runs its providers: %s";
  public static final String PROCESSOR_FAILED = "Hotpath processor failed on this element (a bug; please report it): %s";
}
