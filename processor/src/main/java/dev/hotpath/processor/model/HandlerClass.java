package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A class listed in {@code @Api(exceptionHandlers = ...)}: its handlers apply to every route. */
public record HandlerClass(TypeElement element, ClassName type, List<ErrorHandler> handlers) {
  public HandlerClass {
    handlers = List.copyOf(handlers);
  }
}
