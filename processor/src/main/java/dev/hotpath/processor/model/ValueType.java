package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A parameter's type as binding sees it: a scalar, possibly inside {@code Optional}, {@code List}
 * or {@code Set}.
 *
 * @param javaType the declared type, boxed, for the generated local variable
 * @param enumType the enum's class when {@code scalar} is {@link Scalar#ENUM}, else null
 * @param enumConstants the enum's constant names, in order; empty for other scalars
 * @param primitive whether the declared type is a primitive (which cannot be null)
 */
public record ValueType(TypeName javaType, Scalar scalar, ClassName enumType, List<String> enumConstants,
    Container container, boolean primitive) {
  public ValueType {
    enumConstants = List.copyOf(enumConstants);
  }

  public enum Container { NONE, OPTIONAL, LIST, SET }

  public boolean isCollection() {
    return container == Container.LIST || container == Container.SET;
  }
}
