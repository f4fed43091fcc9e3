package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.model.Docs;
import dev.hotpath.processor.model.HttpMethod;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Mode;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.PathTemplate;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.RouteDocs;
import dev.hotpath.processor.model.Scalar;
import dev.hotpath.processor.model.Segment;
import dev.hotpath.processor.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads one route method into a {@link Route}: its annotation, template, parameters, result and
 * execution mode. Everything wrong with the method is reported on it (or its annotation, or a
 * parameter); then it returns null and no code is written for the API.
 */
public final class RouteReader {
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final ParamReader params;
  private final Elements elements;

  private final JsonTypeReader json;
  private final RequiresReader requires;

  /** @param params reads parameters, knowing which types the API's providers give */
  RouteReader(Diagnostics diagnostics, Annotations annotations, Elements elements, JsonTypeReader json,
      ParamReader params, RequiresReader requires) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.params = params;
    this.elements = elements;
    this.json = json;
    this.requires = requires;
  }

  /** The route annotations on a method, in {@link HttpMethod} order. */
  public static List<HttpMethod> routeAnnotations(ExecutableElement method) {
    List<HttpMethod> found = new ArrayList<>();
    for (HttpMethod httpMethod : HttpMethod.values()) {
      if (Annotations.find(method, httpMethod.annotation()).isPresent()) {
        found.add(httpMethod);
      }
    }
    return found;
  }

  public Route read(ExecutableElement method, TypeElement controller, String prefix, String routerPackage) {
    List<HttpMethod> found = routeAnnotations(method);
    HttpMethod httpMethod = found.get(0);
    AnnotationMirror annotation = Annotations.find(method, httpMethod.annotation()).orElseThrow();
    int before = diagnostics.errorCount();
    if (found.size() > 1) {
      diagnostics.error(method, Annotations.find(method, found.get(1).annotation()).orElseThrow(),
          Messages.ROUTE_ANNOTATIONS_CONFLICT, httpMethod.annotationName(), found.get(1).annotationName());
    }
    checkMethod(method, httpMethod, controller, routerPackage);
    List<TypeName> required = requires.read(method);

    AnnotationValue pathValue = Annotations.explicitValue(annotation, "value");
    String value = annotations.string(annotation, "value");
    if (!value.isEmpty() && !value.startsWith("/")) {
      diagnostics.error(method, annotation, pathValue, Messages.TEMPLATE_INVALID, value, "it must start with /");
      return null;
    }
    String text = TemplateParser.join(prefix, value);
    PathTemplate template;
    try {
      template = TemplateParser.parse(text);
    } catch (TemplateParser.InvalidTemplate e) {
      diagnostics.error(method, annotation, pathValue, Messages.TEMPLATE_INVALID, text, e.getMessage());
      return null;
    }

    List<Param> bound = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Param param = params.read(parameter, httpMethod, template);
      if (param != null) {
        bound.add(param);
      }
    }
    checkVariablesBound(method, annotation, pathValue, template, bound);

    Result result = result(method);
    if (diagnostics.errorCount() > before || result == null) {
      return null;
    }
    Mode mode = mode(method, result);
    if (!formFits(method, httpMethod + " " + template.text(), bound, mode)) {
      return null;
    }
    int status = status(annotation, result);
    Route route = new Route(method, httpMethod, template, method.getSimpleName().toString(),
        source(controller, method), mode, status, result, bound, method.getModifiers().contains(Modifier.STATIC),
        TypeName.get(method.getReturnType()), embeddedBody(controller, method, bound), required,
        docs(method, annotation, controller));
    diagnostics.note(method, Messages.ROUTE_MODE, route.describe(), mode, mode.where(), why(method, result));
    return route;
  }

  /** A form body is the whole body, and a {@code byte[]} upload is read where it may block. */
  private boolean formFits(ExecutableElement method, String describe, List<Param> bound, Mode mode) {
    List<String> form = bound.stream().filter(p -> p.source() == Source.FORM).map(Param::javaName).toList();
    List<String> json = bound.stream().filter(p -> p.source() == Source.BODY).map(Param::javaName).toList();
    if (!form.isEmpty() && !json.isEmpty()) {
      diagnostics.error(method, Messages.FORM_AND_JSON_BODY, describe, String.join(", ", form), String.join(", ", json));
      return false;
    }
    for (Param param : bound) {
      if (param.source() == Source.FORM && param.type().scalar() == Scalar.BYTES && mode == Mode.NON_BLOCKING) {
        VariableElement element = method.getParameters().stream()
            .filter(p -> p.getSimpleName().contentEquals(param.javaName())).findFirst().orElseThrow();
        diagnostics.error(element, Messages.FORM_BYTES_NON_BLOCKING, param.javaName(), "route " + describe);
        return false;
      }
    }
    return true;
  }

  /** FastAPI's summary and description rules; tags from the controller, then the route. */
  private RouteDocs docs(ExecutableElement method, AnnotationMirror annotation, TypeElement controller) {
    Docs javadoc = new JavadocReader(elements).read(method);
    String summary = annotations.string(annotation, "summary");
    String description = summary.isEmpty() ? javadoc.description() : javadoc.text();
    if (summary.isEmpty()) {
      summary = javadoc.summary().isEmpty() ? words(method.getSimpleName().toString()) : javadoc.summary();
    }
    List<String> tags = new ArrayList<>();
    Annotations.find(controller, Names.CONTROLLER).ifPresent(mirror -> tags.addAll(strings(mirror, "tags")));
    for (String tag : strings(annotation, "tags")) {
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    boolean deprecated = (Boolean) annotations.value(annotation, "deprecated").getValue()
        || Annotations.find(method, ClassName.get(Deprecated.class)).isPresent();
    return new RouteDocs(summary, description, javadoc.params(), tags, deprecated);
  }

  private List<String> strings(AnnotationMirror mirror, String name) {
    return annotations.values(mirror, name).stream().map(value -> (String) value.getValue()).toList();
  }

  /** {@code readItems} is "Read Items", as FastAPI titles an undocumented {@code read_items}. */
  static String words(String name) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        words.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
        words.append(' ').append(c);
      } else if (c == '_') {
        words.append(' ');
      } else {
        words.append(c);
      }
    }
    return words.toString().replaceAll(" +", " ").strip();
  }

  /**
   * Several body parameters, or one scalar marked {@code @Body}, make the body an object keyed by
   * parameter name (FastAPI's embedding); null when the one body parameter is the whole body.
   */
  private JsonType.ObjectType embeddedBody(TypeElement controller, ExecutableElement method, List<Param> bound) {
    List<Param> bodies = bound.stream().filter(p -> p.body() != null).toList();
    boolean scalar = bodies.size() == 1 && (bodies.get(0).body() instanceof JsonType.ScalarType
        || bodies.get(0).body() instanceof JsonType.EnumType);
    if (bodies.size() < 2 && !scalar) {
      return null;
    }
    String name = "BodyOf" + controller.getSimpleName() + capitalize(method.getSimpleName().toString());
    return json.embedded(json.codecs().nestedClass(name), bodies);
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private void checkMethod(ExecutableElement method, HttpMethod httpMethod, TypeElement controller,
      String routerPackage) {
    String name = httpMethod.annotationName();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, Messages.ROUTE_PRIVATE, name);
    } else if (!method.getModifiers().contains(Modifier.PUBLIC)
        && !elements.getPackageOf(controller).getQualifiedName().contentEquals(routerPackage)) {
      diagnostics.error(method, Messages.ROUTE_NOT_ACCESSIBLE, name, routerPackage);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Messages.ROUTE_GENERIC, name);
    }
    Optional<AnnotationMirror> blocking = Annotations.find(method, Names.BLOCKING);
    Optional<AnnotationMirror> nonBlocking = Annotations.find(method, Names.NON_BLOCKING);
    if (blocking.isPresent() && nonBlocking.isPresent()) {
      diagnostics.error(method, nonBlocking.get(), Messages.BLOCKING_AND_NON_BLOCKING);
    }
    Annotations.find(method, Names.EXCEPTION_HANDLER).ifPresent(mirror ->
        diagnostics.error(method, mirror, Messages.ROUTE_AND_HANDLER, name));
    Annotations.find(method, Names.PROVIDES).ifPresent(mirror ->
        diagnostics.error(method, mirror, Messages.PROVIDES_ON_ROUTE, name));
  }

  private void checkVariablesBound(ExecutableElement method, AnnotationMirror annotation, AnnotationValue pathValue,
      PathTemplate template, List<Param> bound) {
    for (Segment segment : template.segments()) {
      if (!segment.isVariable()) {
        continue;
      }
      long binders = bound.stream()
          .filter(p -> p.segment() >= 0 && p.wireName().equals(segment.value()))
          .count();
      if (binders > 1) { // none binding it is checked with the route's providers, which may read it
        diagnostics.error(method, annotation, pathValue, Messages.PATH_VARIABLE_BOUND_TWICE, segment.value());
      }
    }
  }

  private Result result(ExecutableElement method) {
    try {
      return TypeReader.result(method.getReturnType(), type -> {
        List<String> problems = new ArrayList<>();
        var read = json.read(type, TypeNames.simple(type), problems);
        if (read == null) {
          diagnostics.error(method, Messages.JSON_TYPE_UNSUPPORTED, problems.get(0));
        }
        return read;
      });
    } catch (TypeReader.UnsupportedResult e) {
      diagnostics.error(method, Messages.RETURN_UNSUPPORTED, method.getReturnType(), e.getMessage());
      return null;
    }
  }

  private static Mode mode(ExecutableElement method, Result result) {
    if (result.future()) {
      return Annotations.find(method, Names.BLOCKING).isPresent() ? Mode.BLOCKING : Mode.NON_BLOCKING;
    }
    return Annotations.find(method, Names.NON_BLOCKING).isPresent() ? Mode.NON_BLOCKING : Mode.BLOCKING;
  }

  private static String why(ExecutableElement method, Result result) {
    if (result.future()) {
      return Annotations.find(method, Names.BLOCKING).isPresent()
          ? "@Blocking on a method returning a future" : "returns a future";
    }
    return Annotations.find(method, Names.NON_BLOCKING).isPresent()
        ? "@NonBlocking on a method returning a plain value" : "returns a plain value, so it may block";
  }

  private int status(AnnotationMirror annotation, Result result) {
    AnnotationValue explicit = Annotations.explicitValue(annotation, "status");
    if (explicit != null) {
      return (Integer) explicit.getValue();
    }
    return result.kind() == Result.Kind.NONE ? 204 : 200;
  }

  /** {@code ItemController#get(long, Optional)}: how logs and Javadoc links name the method. */
  private static String source(TypeElement controller, ExecutableElement method) {
    return controller.getSimpleName() + "#" + method.getSimpleName()
        + method.getParameters().stream().map(p -> simpleName(p.asType())).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleName(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }
}
