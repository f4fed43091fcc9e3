package dev.hotpath.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hotpath.Response;
import java.io.IOException;

/**
 * A typed value and the generated writer for its type: what a route's JSON result becomes in its
 * {@code Response}. A filter finds the route's value in {@link #value()}.
 */
public record JsonBody<T>(T value, JsonOutput.Writer<? super T> writer) implements JsonWritable {
  /** A route's {@code Response<T>} with its body made JSON by the generated writer; null stays null. */
  public static <T> Response<?> of(Response<T> response, JsonOutput.Writer<? super T> writer) {
    if (response == null || response.body() == null || response.body() instanceof JsonWritable) {
      return response;
    }
    return response.withBody(new JsonBody<T>(response.body(), writer));
  }

  /**
   * A {@code Response<?>}: text, bytes and JSON bodies stay as they are; anything else is written by
   * its run-time type through the API's {@code writeAny}.
   */
  public static Response<?> dynamic(Response<?> response, JsonOutput.Writer<Object> writeAny) {
    if (response == null) {
      return null;
    }
    Object body = response.body();
    if (body == null || body instanceof String || body instanceof byte[] || body instanceof JsonWritable) {
      return response;
    }
    return response.withBody(new JsonBody<Object>(body, writeAny));
  }



  @Override
  public void writeJson(JsonGenerator json) throws IOException {
    writer.write(json, value);
  }
}
