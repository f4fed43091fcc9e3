package dev.hotpath.processor.read;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Short names of types for messages and logs: {@code Item}, {@code List}, {@code byte[]}. */
public final class TypeNames {
  private TypeNames() {}

  public static String simple(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return simple(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }
}
