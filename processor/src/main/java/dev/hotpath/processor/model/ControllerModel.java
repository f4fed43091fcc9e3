package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @Controller} class and its routes, in source order. */
public record ControllerModel(TypeElement element, ClassName type, String prefix, List<Route> routes) {
  public ControllerModel {
    routes = List.copyOf(routes);
  }
}
