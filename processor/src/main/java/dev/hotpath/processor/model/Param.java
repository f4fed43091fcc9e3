package dev.hotpath.processor.model;

import java.util.List;

/**
 * One parameter of a route method.
 *
 * @param javaName the parameter's name in source
 * @param wireName the name in the request: path variable, query key, header or cookie name
 * @param type the scalar type of a path, query, header or cookie parameter; null otherwise
 * @param body the JSON type of a body parameter; null otherwise
 * @param defaultValue the {@code @Default} text, or null
 * @param nullable annotated {@code @Nullable}: absent binds null (an empty collection for List/Set)
 * @param segment for a path parameter, the index of its template segment; else -1
 * @param constraints Jakarta constraints on the value
 */
public record Param(String javaName, String wireName, Source source, ValueType type, JsonType body,
    String defaultValue, boolean nullable, int segment, List<Constraint> constraints) {
  public Param {
    constraints = List.copyOf(constraints);
  }

  /** Absence is a {@code missing} error. */
  public boolean required() {
    return defaultValue == null && !nullable && (type == null || type.container() != ValueType.Container.OPTIONAL);
  }
}
