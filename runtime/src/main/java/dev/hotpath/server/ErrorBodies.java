package dev.hotpath.server;

import dev.hotpath.ValidationError;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonWritable;
import java.util.List;

/** FastAPI's error bodies: {@code {"detail": "..."}} and the 422 list. */
final class ErrorBodies {
  private ErrorBodies() {}

  static JsonWritable detail(String detail) {
    return json -> {
      json.writeStartObject();
      json.writeStringField("detail", detail);
      json.writeEndObject();
    };
  }

  /** {@code {"status": ...}}, for the health endpoints. */
  static JsonWritable status(String status) {
    return json -> {
      json.writeStartObject();
      json.writeStringField("status", status);
      json.writeEndObject();
    };
  }

  static JsonWritable validation(List<ValidationError> errors) {
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("detail");
      for (ValidationError error : errors) {
        json.writeStartObject();
        json.writeStringField("type", error.type());
        json.writeFieldName("loc");
        Json.writeValue(json, error.loc());
        json.writeStringField("msg", error.msg());
        json.writeFieldName("input");
        Json.writeValue(json, error.input());
        if (!error.ctx().isEmpty()) {
          json.writeFieldName("ctx");
          Json.writeValue(json, error.ctx());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }
}
