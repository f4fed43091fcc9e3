package dev.hotpath.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hotpath.HttpException;
import dev.hotpath.ValidationError;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes a JSON request body for a generated binder: checks the content type (415), reads with the
 * generated reader, and turns every error into a 422 entry under {@code ["body", ...]}, with the raw
 * input found by re-reading the document (only when there are errors).
 */
public final class BodyReader {
  private BodyReader() {}

  /** The value, or null (with errors recorded on the exchange) when the body is absent or invalid. */
  public static <T> T read(Exchange x, boolean required, JsonInput.Reader<T> reader) {
    checkContentType(x.request().header("content-type"));
    byte[] body = x.request().body();
    if (body.length == 0) {
      if (required) {
        x.addError(ValidationError.missing(List.of("body")));
      }
      return null;
    }
    JsonInput in;
    T value;
    try {
      in = JsonInput.of(body);
      value = reader.read(in);
      in.finish();
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      String error = e.getOriginalMessage() == null ? "Invalid JSON" : e.getOriginalMessage().lines().findFirst().orElse("");
      x.addError(new ValidationError("json_invalid", List.of("body", offset), "JSON decode error", Map.of(),
          Map.of("error", error)));
      return null;
    } catch (IOException e) {
      // An in-memory body has no I/O to fail: whatever jackson-core refuses is a malformed document.
      x.addError(new ValidationError("json_invalid", List.of("body", 0L), "JSON decode error", Map.of(),
          Map.of("error", String.valueOf(e.getMessage()).lines().findFirst().orElse("Invalid JSON"))));
      return null;
    }
    if (in.errorCount() == 0) {
      return value;
    }
    Object document = document(body);
    for (JsonInput.Error error : in.errors()) {
      List<Object> loc = new ArrayList<>(error.loc().size() + 1);
      loc.add("body");
      loc.addAll(error.loc());
      List<Object> inputAt = error.inputIsParent() ? error.loc().subList(0, error.loc().size() - 1) : error.loc();
      x.addError(new ValidationError(error.type(), loc, error.msg(), at(document, inputAt), error.ctx()));
    }
    return null;
  }

  /** JSON when the type is {@code application/json} or {@code application/*+json}, or absent. */
  static void checkContentType(String contentType) {
    if (contentType == null) {
      return;
    }
    String type = MediaTypes.essence(contentType);
    if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
      return;
    }
    throw new HttpException(415, "Unsupported Media Type: expected application/json, got " + type);
  }

  /** The body as plain values, for an error's input; null when it is not JSON. */
  static Object document(byte[] body) {
    try {
      return Json.parse(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static Object at(Object document, List<Object> loc) {
    Object node = document;
    for (Object key : loc) {
      if (node instanceof Map<?, ?> map && key instanceof String name) {
        node = map.get(name);
      } else if (node instanceof List<?> list && key instanceof Integer index && index < list.size()) {
        node = list.get(index);
      } else {
        return null;
      }
    }
    return node;
  }
}
