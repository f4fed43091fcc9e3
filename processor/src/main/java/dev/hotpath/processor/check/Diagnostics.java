package dev.hotpath.processor.check;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports {@link Messages} on the most precise place: an element, its annotation, or one value of
 * it. Counts errors so a stage can stop when the input is not clean.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, String message, Object... args) {
    print(Diagnostic.Kind.ERROR, element, null, null, message, args);
  }

  public void error(Element element, AnnotationMirror annotation, String message, Object... args) {
    print(Diagnostic.Kind.ERROR, element, annotation, null, message, args);
  }

  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message,
      Object... args) {
    print(Diagnostic.Kind.ERROR, element, annotation, value, message, args);
  }

  public void note(Element element, String message, Object... args) {
    print(Diagnostic.Kind.NOTE, element, null, null, message, args);
  }

  public int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value,
      String message, Object... args) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = String.format(message, args);
    if (value != null) {
      messager.printMessage(kind, text, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element);
    }
  }
}
