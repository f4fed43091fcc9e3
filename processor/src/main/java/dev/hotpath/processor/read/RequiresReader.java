package dev.hotpath.processor.read;

import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** Reads {@code @Requires} on a route, controller or {@code @Api} type: provided types, each checked. */
final class RequiresReader {
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final Set<TypeName> provided;

  RequiresReader(Diagnostics diagnostics, Annotations annotations, Set<TypeName> provided) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.provided = provided;
  }

  /** The types named, in order; one no provider gives is reported on its value and left out. */
  List<TypeName> read(Element element) {
    Optional<AnnotationMirror> mirror = Annotations.find(element, Names.REQUIRES);
    if (mirror.isEmpty()) {
      return List.of();
    }
    List<TypeName> types = new ArrayList<>();
    for (AnnotationValue value : annotations.values(mirror.get(), "value")) {
      if (!(value.getValue() instanceof TypeMirror type)) {
        continue; // javac reports a class it could not resolve
      }
      TypeName name = ParamReader.providedType(type);
      if (provided.contains(name)) {
        types.add(name);
      } else {
        diagnostics.error(element, mirror.get(), value, Messages.REQUIRES_UNPROVIDED, TypeNames.simple(type), name);
      }
    }
    return types;
  }
}
