package dev.hotpath.processor.model;

import java.util.List;

/**
 * One property of a JSON object.
 *
 * @param jsonName the key in JSON ({@code @JsonProperty} or the Java name)
 * @param javaName the component, field or parameter name
 * @param read how the value is read from an instance: {@code name()}, {@code getName()} or {@code name}
 * @param required absent is a {@code missing} error
 * @param nullable JSON null is accepted (an {@code Optional} or {@code @Nullable} property)
 * @param omitNull {@code @JsonInclude(NON_NULL)}: a null value is left out when writing
 * @param ignored {@code @JsonIgnore}: never written, never read (a constructor gets the type's default)
 * @param constraints on the value; {@code elementConstraints} on each element of a collection
 * @param primitive the Java type is a primitive: written without boxing
 * @param description from the Javadoc ({@code @param} of a record, a field's own), for the API document
 */
public record JsonProperty(String jsonName, String javaName, String read, JsonType type, boolean required,
    boolean nullable, boolean omitNull, boolean ignored, List<Constraint> constraints,
    List<Constraint> elementConstraints, boolean primitive, String description) {
  public JsonProperty {
    constraints = List.copyOf(constraints);
    elementConstraints = List.copyOf(elementConstraints);
  }
}
