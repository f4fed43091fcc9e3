package dev.hotpath.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A record or class with a generated codec.
 *
 * @param codec unique name within the API: {@code Item}, {@code Page_Item}
 * @param byConstructor built by a constructor taking every property in order (records, canonical
 *     or {@code @JsonCreator} constructors); otherwise by a no-argument constructor and public fields
 * @param generic a generic type used at a concrete site: left out of the run-time {@code instanceof} chain
 * @param synthetic a record the codec class declares itself: the embedded body of a route with several
 *     body parameters, keyed by parameter name
 * @param description the type's Javadoc, for the API document; may be empty
 */
public record JsonObject(String codec, TypeName javaType, List<JsonProperty> properties, boolean byConstructor,
    boolean generic, boolean synthetic, String description) {
  public JsonObject {
    properties = List.copyOf(properties);
  }
}
