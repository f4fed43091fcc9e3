package dev.hotpath.processor.model;

import com.palantir.javapoet.TypeName;
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
 * @param segment for a path parameter, the index of its template segment; -1 in a provider, whose
 *     path parameters are found by name in the template of the route using it
 * @param constraints Jakarta constraints on the value
 * @param provided for a {@link Source#PROVIDED} parameter, the type a provider gives it; else null
 */
public record Param(String javaName, String wireName, Source source, ValueType type, JsonType body,
    String defaultValue, boolean nullable, int segment, List<Constraint> constraints, TypeName provided) {
  public Param {
    constraints = List.copyOf(constraints);
  }

  /** A parameter injected from the provider of {@code provided}. */
  public static Param provided(String javaName, TypeName provided) {
    return new Param(javaName, javaName, Source.PROVIDED, null, null, null, false, -1, List.of(), provided);
  }

  /** Absence is a {@code missing} error. */
  public boolean required() {
    return defaultValue == null && !nullable && (type == null || type.container() != ValueType.Container.OPTIONAL);
  }
}
