package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @Controller} class, its routes in source order, and the exception handlers for them. */
public record ControllerModel(TypeElement element, ClassName type, String prefix, List<Route> routes,
    List<ErrorHandler> handlers) {
  public ControllerModel {
    routes = List.copyOf(routes);
    handlers = List.copyOf(handlers);
  }
}
