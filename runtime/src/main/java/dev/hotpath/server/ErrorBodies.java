package dev.hotpath.server;

import com.fasterxml.jackson.core.io.SerializedString;
import dev.hotpath.ValidationError;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonWritable;
import java.util.List;

/**
 * FastAPI's error bodies: {@code {"detail": "..."}} and the 422 list. Written as the generated
 * codecs write, structure raw and values at the generator's root (see {@code JsonOutput}).
 */
final class ErrorBodies {
  private static final SerializedString OPEN_DETAIL = new SerializedString("{\"detail\":");
  private static final SerializedString OPEN_STATUS = new SerializedString("{\"status\":");
  private static final SerializedString OPEN_DETAIL_LIST = new SerializedString("{\"detail\":[");
  private static final SerializedString OPEN_TYPE = new SerializedString("{\"type\":");
  private static final SerializedString NEXT_LOC = new SerializedString(",\"loc\":");
  private static final SerializedString NEXT_MSG = new SerializedString(",\"msg\":");
  private static final SerializedString NEXT_INPUT = new SerializedString(",\"input\":");
  private static final SerializedString NEXT_CTX = new SerializedString(",\"ctx\":");
  private static final SerializedString CLOSE_LIST = new SerializedString("]}");

  private ErrorBodies() {}

  static JsonWritable detail(String detail) {
    return json -> {
      json.writeRaw(OPEN_DETAIL);
      json.writeString(detail);
      json.writeRaw('}');
    };
  }

  /** {@code {"status": ...}}, for the health endpoints. */
  static JsonWritable status(String status) {
    return json -> {
      json.writeRaw(OPEN_STATUS);
      json.writeString(status);
      json.writeRaw('}');
    };
  }

  static JsonWritable validation(List<ValidationError> errors) {
    return json -> {
      json.writeRaw(OPEN_DETAIL_LIST);
      for (int i = 0; i < errors.size(); i++) {
        ValidationError error = errors.get(i);
        if (i > 0) {
          json.writeRaw(',');
        }
        json.writeRaw(OPEN_TYPE);
        json.writeString(error.type());
        json.writeRaw(NEXT_LOC);
        Json.writeValue(json, error.loc());
        json.writeRaw(NEXT_MSG);
        json.writeString(error.msg());
        json.writeRaw(NEXT_INPUT);
        Json.writeValue(json, error.input());
        if (!error.ctx().isEmpty()) {
          json.writeRaw(NEXT_CTX);
          Json.writeValue(json, error.ctx());
        }
        json.writeRaw('}');
      }
      json.writeRaw(CLOSE_LIST);
    };
  }
}
