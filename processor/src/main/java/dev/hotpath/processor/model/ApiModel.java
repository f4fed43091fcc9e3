package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Api}: the router and JSON codec classes to generate, its controllers, exception
 * handler and provider classes in constructor order, the types its {@code @Requires} names for
 * every route, and every JSON object type its routes and providers meet; its description is the
 * type's Javadoc, for the API document.
 */
public record ApiModel(TypeElement element, ClassName router, ClassName json, String title, String version,
    List<ControllerModel> controllers, List<HandlerClass> handlerClasses, List<ProviderClass> providerClasses,
    List<TypeName> requires, List<JsonObject> jsonObjects, String description) {
  public ApiModel {
    controllers = List.copyOf(controllers);
    handlerClasses = List.copyOf(handlerClasses);
    providerClasses = List.copyOf(providerClasses);
    requires = List.copyOf(requires);
    jsonObjects = List.copyOf(jsonObjects);
  }

  public Stream<Provider> providers() {
    return providerClasses.stream().flatMap(c -> c.providers().stream());
  }

  /** Whether any route reads or writes JSON, so {@code <Api>Json} is written. */
  public boolean usesJson() {
    return routes().anyMatch(route -> route.result().json() != null
        || route.params().stream().anyMatch(param -> param.body() != null))
        || providers().anyMatch(provider -> provider.params().stream().anyMatch(param -> param.body() != null))
        || Stream.concat(controllers.stream().flatMap(c -> c.handlers().stream()),
            handlerClasses.stream().flatMap(h -> h.handlers().stream())).anyMatch(h -> h.body() != null);
  }

  public Stream<Route> routes() {
    return controllers.stream().flatMap(controller -> controller.routes().stream());
  }
}
