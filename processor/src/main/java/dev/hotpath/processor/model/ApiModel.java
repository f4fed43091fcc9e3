package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Api}: the router and JSON codec classes to generate, its controllers in constructor
 * order, and every JSON object type its routes meet.
 */
public record ApiModel(TypeElement element, ClassName router, ClassName json, String title, String version,
    List<ControllerModel> controllers, List<HandlerClass> handlerClasses, List<JsonObject> jsonObjects) {
  public ApiModel {
    controllers = List.copyOf(controllers);
    handlerClasses = List.copyOf(handlerClasses);
    jsonObjects = List.copyOf(jsonObjects);
  }

  /** Whether any route reads or writes JSON, so {@code <Api>Json} is written. */
  public boolean usesJson() {
    return routes().anyMatch(route -> route.result().json() != null
        || route.params().stream().anyMatch(param -> param.body() != null))
        || Stream.concat(controllers.stream().flatMap(c -> c.handlers().stream()),
            handlerClasses.stream().flatMap(h -> h.handlers().stream())).anyMatch(h -> h.body() != null);
  }

  public Stream<Route> routes() {
    return controllers.stream().flatMap(controller -> controller.routes().stream());
  }
}
