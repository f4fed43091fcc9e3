package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotations as mirrors, never through annotation proxies, so no runtime class is needed. */
public final class Annotations {
  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  public static Optional<AnnotationMirror> find(Element element, ClassName annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation.canonicalName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value as written, or null when it was left to its default. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The value, written or default. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("No member " + name + " in " + mirror);
  }

  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  public int integer(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  /**
   * The class values of an array member such as {@code controllers}. A class javac could not
   * resolve is not a type mirror (javac gives a string); it is left out, and javac reports it.
   */
  public List<TypeMirror> types(AnnotationMirror mirror, String name) {
    return values(mirror, name).stream()
        .filter(value -> value.getValue() instanceof TypeMirror)
        .map(value -> (TypeMirror) value.getValue())
        .toList();
  }

  /** Whether a class value of an array member did not resolve (a type not generated yet, or a typo). */
  public boolean hasUnresolvedType(AnnotationMirror mirror, String name) {
    return values(mirror, name).stream().anyMatch(value -> !(value.getValue() instanceof TypeMirror)
        || ((TypeMirror) value.getValue()).getKind() == javax.lang.model.type.TypeKind.ERROR);
  }

  /** The annotation values of an array member, for pointing at one of them. */
  public List<? extends AnnotationValue> values(AnnotationMirror mirror, String name) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value(mirror, name).getValue();
    return values;
  }

  /** Whether the element or its type carries an annotation named {@code Nullable}, from any library. */
  public static boolean hasNullable(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(Annotations::isNullable)
        || element.asType().getAnnotationMirrors().stream().anyMatch(Annotations::isNullable);
  }

  private static boolean isNullable(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable");
  }
}
