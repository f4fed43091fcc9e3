package dev.hotpath.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One route method, read and checked.
 *
 * @param element the source method: for diagnostics and as the generated file's originating element
 * @param methodName the method's simple name
 * @param source how logs and Javadoc name it: {@code ItemController#get(long, Optional)}
 * @param isStatic a static method is called on the class, not the instance
 * @param returnType the declared return type
 * @param embeddedBody the record the body is read into when it embeds several parameters by name; else null
 * @param requires the types of the route's {@code @Requires}: their providers run for their effect
 * @param docs what the API document says of it
 */
public record Route(ExecutableElement element, HttpMethod method, PathTemplate template, String methodName,
    String source, Mode mode, int status, Result result, List<Param> params, boolean isStatic, TypeName returnType,
    JsonType.ObjectType embeddedBody, List<TypeName> requires, RouteDocs docs) {
  public Route {
    params = List.copyOf(params);
    requires = List.copyOf(requires);
  }

  /** {@code GET /items/{id}}. */
  public String describe() {
    return method + " " + template.text();
  }
}
