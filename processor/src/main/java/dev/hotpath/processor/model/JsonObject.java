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
 */
public record JsonObject(String codec, TypeName javaType, List<JsonProperty> properties, boolean byConstructor,
    boolean generic) {
  public JsonObject {
    properties = List.copyOf(properties);
  }
}
