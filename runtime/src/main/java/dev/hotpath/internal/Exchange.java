package dev.hotpath.internal;

import dev.hotpath.BackgroundTasks;
import dev.hotpath.Request;
import dev.hotpath.RequestValidationException;
import dev.hotpath.ValidationError;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as generated binders see it: raw values by source, decoded on first use, and the
 * validation errors collected while binding. Confined to the thread running the route.
 */
public final class Exchange {
  private final Request request;
  private final RouteInfo route;
  private Map<String, List<String>> query;
  private Map<String, String> cookies;
  private List<ValidationError> errors;
  private BackgroundTasks backgroundTasks;

  public Exchange(Request request) {
    this(request, null);
  }

  /** @param route the matched route, whose template providers' path parameters are read by */
  public Exchange(Request request, RouteInfo route) {
    this.request = request;
    this.route = route;
  }

  // Dependencies: the generated per-request state of the route's providers, and what to close.

  private Object dependencies;
  private List<Scope> scopes;

  /** A {@link Scoped} value to close after the response, and whether its close may block. */
  public record Scope(dev.hotpath.Scoped<?> scoped, boolean mayBlock) {}

  /** The generated holder of this request's provided values; null until the first provider runs. */
  public Object dependencies() {
    return dependencies;
  }

  public void dependencies(Object dependencies) {
    this.dependencies = dependencies;
  }

  /**
   * Keeps a provider's {@code Scoped} result to close once the response is written; returns its
   * value. A null {@code Scoped} provides null and closes nothing.
   */
  public synchronized <T> T scope(dev.hotpath.Scoped<T> scoped, boolean mayBlock) {
    if (scoped == null) {
      return null;
    }
    if (scopes == null) {
      scopes = new ArrayList<>(2);
    }
    scopes.add(new Scope(scoped, mayBlock));
    return scoped.value();
  }

  /** The scopes opened, in the order they were: they close the other way round. */
  public synchronized List<Scope> scopes() {
    return scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** Validation errors recorded so far: a provider compares counts to know whether its inputs failed. */
  public int errorCount() {
    return errors == null ? 0 : errors.size();
  }

  /** The path variable {@code name} of the matched route, decoded, for a provider's {@code @Path} parameter. */
  public String pathVariable(String name) {
    return route == null ? null : Paths.variable(route.template(), request.path(), name);
  }

  /**
   * Notes the future a route returned, so a deadline can cancel it; returns it unchanged. Called
   * by generated code.
   */
  public <T extends java.util.concurrent.CompletionStage<?>> T started(T stage) {
    this.started = stage;
    return stage;
  }

  /** Cancels the route's own future, if it returned one that can be cancelled. */
  public void cancelStarted() {
    if (started instanceof java.util.concurrent.Future<?> future) {
      future.cancel(true);
    }
  }

  private volatile java.util.concurrent.CompletionStage<?> started;

  /** The route's {@link BackgroundTasks}, made on first use. */
  public BackgroundTasks backgroundTasks() {
    if (backgroundTasks == null) {
      backgroundTasks = new BackgroundTasks();
    }
    return backgroundTasks;
  }

  /** The tasks the route added, for the server to run after the response; empty when none. */
  public List<Runnable> addedTasks() {
    return backgroundTasks == null ? List.of() : backgroundTasks.tasks();
  }

  public Request request() {
    return request;
  }

  /** Path segment {@code index} (0 is the first after the leading slash), percent-decoded. */
  public String pathSegment(int index) {
    return Paths.segment(request.path(), index);
  }

  /** The path from segment {@code index} to its end, for a {@code {name:path}} variable. */
  public String pathRest(int index) {
    return Paths.rest(request.path(), index);
  }

  /** The last value of a query key (a repeated key bound to a scalar takes the last), or null. */
  public String query(String name) {
    List<String> values = queryAll(name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** Every value of a query key, in order. */
  public List<String> queryAll(String name) {
    if (query == null) {
      query = request.rawQuery().isEmpty() ? Map.of() : QueryString.parse(request.rawQuery());
    }
    return query.getOrDefault(name, List.of());
  }

  /** The first value of a header (a repeated header bound to a scalar takes the first), or null. */
  public String header(String name) {
    return request.header(name);
  }

  public List<String> headerAll(String name) {
    return request.headers(name);
  }

  /** A cookie's value, or null. */
  public String cookie(String name) {
    if (cookies == null) {
      cookies = new HashMap<>();
      for (String header : request.headers("cookie")) {
        for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
          cookies.putIfAbsent(cookie.name(), cookie.value());
        }
      }
    }
    return cookies.get(name);
  }

  // Forms: the multipart form the server decoded, or the url-encoded body parsed on first use.

  private FormData form;
  private java.util.Set<String> formTypeErrors;

  private FormData form() {
    if (form == null) {
      FormData multipart = request instanceof MultipartSource source ? source.multipart() : null;
      form = multipart != null ? multipart : FormData.urlencoded(formBody());
    }
    return form;
  }

  /** The body when it is url-encoded (or absent); any other content type is a 415. */
  private byte[] formBody() {
    String contentType = request.header("content-type");
    if (contentType == null) {
      return request.body();
    }
    String type = MediaTypes.essence(contentType);
    if (!type.equals("application/x-www-form-urlencoded") && !type.equals("multipart/form-data")) {
      throw new dev.hotpath.HttpException(415, "Unsupported Media Type: expected application/x-www-form-urlencoded"
          + " or multipart/form-data, got " + type);
    }
    return type.equals("multipart/form-data") ? new byte[0] : request.body();
  }

  /**
   * The last text value of a form field (a repeated field bound to a scalar takes the last, as for
   * a query), or null; a file sent where text is expected is a {@code string_type} error.
   */
  public String form(String name) {
    List<String> values = formAll(name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** Every text value of a form field, in order. */
  public List<String> formAll(String name) {
    List<String> texts = form().texts(name);
    if (texts.isEmpty() && !form().files(name).isEmpty()) {
      if (formTypeErrors == null) {
        formTypeErrors = new java.util.HashSet<>(2);
      }
      if (formTypeErrors.add(name)) {
        addError(new ValidationError("string_type", List.of("body", name), "Input should be a valid string",
            form().files(name).get(0).filename(), Map.of()));
      }
    }
    return texts;
  }

  /** The file parts of a form field, in order. */
  public List<dev.hotpath.FileUpload> formFiles(String name) {
    return form().files(name);
  }

  /** The text values of a form field, without the check {@link #formAll} makes. */
  public List<String> formTexts(String name) {
    return form().texts(name);
  }

  /** Whether the value at {@code [in, name]} already has an error of its type (then it is not also missing). */
  boolean reported(String in, String name) {
    return formTypeErrors != null && in.equals("body") && formTypeErrors.contains(name);
  }

  public void addError(ValidationError error) {
    if (errors == null) {
      errors = new ArrayList<>(4);
    }
    errors.add(error);
  }

  /** Records a failed constraint of a path, query, header or cookie parameter. */
  public void check(Validate.Violation violation, String in, String name, Object input) {
    if (violation != null) {
      addError(new ValidationError(violation.type(), List.of(in, name), violation.msg(), input, violation.ctx()));
    }
  }

  /**
   * Records a failed constraint of the whole body (a body parameter annotated with a constraint);
   * the input is the document as received.
   */
  public void checkBody(Validate.Violation violation) {
    if (violation != null) {
      addError(new ValidationError(violation.type(), List.of("body"), violation.msg(), BodyReader.document(
          request.body()), violation.ctx()));
    }
  }

  /** Throws every error collected so far as one 422; generated binders call it before the route. */
  public void checkValid() {
    if (errors != null) {
      throw new RequestValidationException(errors, request.body());
    }
  }
}
