package dev.hotpath.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A body that writes itself as JSON: the runtime's own error bodies, a route's value and its
 * generated writer. The generator is at its root, as {@link JsonOutput}'s writers require.
 */
@FunctionalInterface
public interface JsonWritable {
  void writeJson(JsonGenerator json) throws IOException;
}
