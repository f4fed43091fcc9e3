package dev.hotpath.processor.write.openapi;

import java.util.List;
import java.util.Map;

/** FastAPI's {@code HTTPValidationError} and {@code ValidationError} components: the 422's shape. */
final class ValidationSchemas {
  static final String HTTP_VALIDATION_ERROR = "HTTPValidationError";

  private ValidationSchemas() {}

  static Map<String, Object> components() {
    Map<String, Object> location = Schemas.schema("type", "array", "items",
        Schemas.schema("anyOf", List.of(Schemas.schema("type", "string"), Schemas.schema("type", "integer"))),
        "title", "Location");
    Map<String, Object> validationError = Schemas.schema("title", "ValidationError", "type", "object",
        "properties", Schemas.schema(
            "loc", location,
            "msg", Schemas.schema("type", "string", "title", "Message"),
            "type", Schemas.schema("type", "string", "title", "Error Type"),
            "input", Schemas.schema("title", "Input"),
            "ctx", Schemas.schema("type", "object", "title", "Context")),
        "required", List.of("loc", "msg", "type"));
    Map<String, Object> httpValidationError = Schemas.schema("title", HTTP_VALIDATION_ERROR, "type", "object",
        "properties", Schemas.schema("detail", Schemas.schema("type", "array", "items",
            Schemas.ref("ValidationError"), "title", "Detail")));
    return Schemas.schema(HTTP_VALIDATION_ERROR, httpValidationError, "ValidationError", validationError);
  }
}
