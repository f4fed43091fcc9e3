package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Controller} class, its routes in source order, the exception handlers for them, and
 * the types its {@code @Requires} names for all of them.
 */
public record ControllerModel(TypeElement element, ClassName type, String prefix, List<Route> routes,
    List<ErrorHandler> handlers, List<TypeName> requires) {
  public ControllerModel {
    routes = List.copyOf(routes);
    handlers = List.copyOf(handlers);
    requires = List.copyOf(requires);
  }
}
