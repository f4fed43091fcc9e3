package dev.hotpath.processor;

import com.palantir.javapoet.ClassName;

/**
 * Runtime and JDK types the processor names, by canonical name: the processor does not depend on
 * the runtime jar.
 */
public final class Names {
  private Names() {}

  public static final String PACKAGE = "dev.hotpath";
  public static final String INTERNAL = "dev.hotpath.internal";

  public static final ClassName API = ClassName.get(PACKAGE, "Api");
  public static final ClassName CONTROLLER = ClassName.get(PACKAGE, "Controller");
  public static final ClassName GET = ClassName.get(PACKAGE, "Get");
  public static final ClassName POST = ClassName.get(PACKAGE, "Post");
  public static final ClassName PUT = ClassName.get(PACKAGE, "Put");
  public static final ClassName PATCH = ClassName.get(PACKAGE, "Patch");
  public static final ClassName DELETE = ClassName.get(PACKAGE, "Delete");
  public static final ClassName PATH = ClassName.get(PACKAGE, "Path");
  public static final ClassName QUERY = ClassName.get(PACKAGE, "Query");
  public static final ClassName HEADER = ClassName.get(PACKAGE, "Header");
  public static final ClassName COOKIE = ClassName.get(PACKAGE, "Cookie");
  public static final ClassName BODY = ClassName.get(PACKAGE, "Body");
  public static final ClassName FORM = ClassName.get(PACKAGE, "Form");
  public static final ClassName DEFAULT = ClassName.get(PACKAGE, "Default");
  public static final ClassName BLOCKING = ClassName.get(PACKAGE, "Blocking");
  public static final ClassName NON_BLOCKING = ClassName.get(PACKAGE, "NonBlocking");
  public static final ClassName PROVIDES = ClassName.get(PACKAGE, "Provides");
  public static final ClassName REQUIRES = ClassName.get(PACKAGE, "Requires");
  public static final ClassName EXCEPTION_HANDLER = ClassName.get(PACKAGE, "ExceptionHandler");
  public static final ClassName REQUEST = ClassName.get(PACKAGE, "Request");
  public static final ClassName RESPONSE = ClassName.get(PACKAGE, "Response");
  public static final ClassName REQUEST_VALIDATION_EXCEPTION = ClassName.get(PACKAGE, "RequestValidationException");
  public static final ClassName BACKGROUND_TASKS = ClassName.get(PACKAGE, "BackgroundTasks");
  public static final ClassName SCOPED = ClassName.get(PACKAGE, "Scoped");
  public static final ClassName ROUTER = ClassName.get(PACKAGE, "Router");
  public static final ClassName FILE_UPLOAD = ClassName.get(PACKAGE, "FileUpload");
  public static final ClassName SERVER_SENT_EVENT = ClassName.get(PACKAGE, "ServerSentEvent");
  public static final ClassName STREAM_BODY = ClassName.get(INTERNAL, "StreamBody");

  public static final ClassName BIND = ClassName.get(INTERNAL, "Bind");
  public static final ClassName CONVERTER = ClassName.get(INTERNAL, "Converter");
  public static final ClassName CONVERTERS = ClassName.get(INTERNAL, "Converters");
  public static final ClassName ENDPOINT = ClassName.get(INTERNAL, "Endpoint");
  public static final ClassName EXCHANGE = ClassName.get(INTERNAL, "Exchange");
  public static final ClassName MODE = ClassName.get(INTERNAL, "Mode");
  public static final ClassName PATHS = ClassName.get(INTERNAL, "Paths");
  public static final ClassName RESOURCE = ClassName.get(INTERNAL, "Resource");
  public static final ClassName ROUTE_INFO = ClassName.get(INTERNAL, "RouteInfo");
  public static final ClassName STEP = ClassName.get(INTERNAL, "Step");

  public static final ClassName BODY_READER = ClassName.get(INTERNAL, "BodyReader");
  public static final ClassName VALIDATE = ClassName.get(INTERNAL, "Validate");
  public static final ClassName JSON_INPUT = ClassName.get(PACKAGE + ".json", "JsonInput");
  public static final ClassName JSON_OUTPUT = ClassName.get(PACKAGE + ".json", "JsonOutput");
  public static final ClassName JSON_BODY = ClassName.get(PACKAGE + ".json", "JsonBody");
  public static final ClassName PRIMITIVE_ARRAYS = ClassName.get(PACKAGE + ".json", "PrimitiveArrays");
  public static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");

  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  public static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  public static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  public static final String OPTIONAL = "java.util.Optional";
  public static final String LIST = "java.util.List";
  public static final String SET = "java.util.Set";
  public static final String PUBLISHER = "java.util.concurrent.Flow.Publisher";
  public static final String STREAM = "java.util.stream.Stream";
}
