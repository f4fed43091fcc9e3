package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/** An {@code @Api}: the router to generate and its controllers, in constructor order. */
public record ApiModel(TypeElement element, ClassName router, String title, String version,
    List<ControllerModel> controllers) {
  public ApiModel {
    controllers = List.copyOf(controllers);
  }

  public Stream<Route> routes() {
    return controllers.stream().flatMap(controller -> controller.routes().stream());
  }
}
