package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.DefaultValues;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.HttpMethod;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.PathTemplate;
import dev.hotpath.processor.model.Scalar;
import dev.hotpath.processor.model.Source;
import dev.hotpath.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one route parameter: where it comes from (explicit annotation, else DESIGN.md's inference),
 * its wire name, type, default and optionality. Reports what is wrong on the parameter and returns
 * null then.
 */
final class ParamReader {
  private static final Map<ClassName, Source> SOURCES = Map.of(
      Names.PATH, Source.PATH, Names.QUERY, Source.QUERY, Names.HEADER, Source.HEADER,
      Names.COOKIE, Source.COOKIE, Names.BODY, Source.BODY, Names.FORM, Source.FORM);

  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final JsonTypeReader json;
  private final ConstraintReader constraints;
  private final Set<TypeName> provided;

  /** @param provided the types the API's providers give: a parameter of one is injected */
  ParamReader(Diagnostics diagnostics, Annotations annotations, JsonTypeReader json, ConstraintReader constraints,
      Set<TypeName> provided) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.json = json;
    this.constraints = constraints;
    this.provided = provided;
  }

  /** The type a parameter of {@code type} would be injected as, when a provider gives it; else null. */
  static TypeName providedType(TypeMirror type) {
    return TypeName.get(type).withoutAnnotations().box();
  }

  /**
   * @param method the route's HTTP method, or null for a provider's parameter (checked per route)
   * @param template the route's template, or null for a provider's parameter: its path parameters
   *     are declared with {@code @Path} and found by name in the template of each route using it
   */
  Param read(VariableElement parameter, HttpMethod method, PathTemplate template) {
    String name = parameter.getSimpleName().toString();
    List<AnnotationMirror> explicit = new ArrayList<>();
    List<ClassName> explicitNames = new ArrayList<>();
    for (ClassName annotation : List.of(Names.PATH, Names.QUERY, Names.HEADER, Names.COOKIE, Names.BODY, Names.FORM)) {
      Optional<AnnotationMirror> mirror = Annotations.find(parameter, annotation);
      if (mirror.isPresent()) {
        explicit.add(mirror.get());
        explicitNames.add(annotation);
      }
    }
    if (explicit.size() > 1) {
      diagnostics.error(parameter, explicit.get(1), Messages.SOURCES_CONFLICT, name,
          explicitNames.get(0).simpleName(), explicitNames.get(1).simpleName());
      return null;
    }
    AnnotationMirror sourceAnnotation = explicit.isEmpty() ? null : explicit.get(0);
    TypeName injected = providedType(parameter.asType());
    if (sourceAnnotation == null && provided.contains(injected)) {
      for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
        String annotation = mirror.getAnnotationType().asElement().getSimpleName().toString();
        if (Annotations.find(parameter, Names.DEFAULT).orElse(null) == mirror || ConstraintReader.isConstraint(mirror)) {
          diagnostics.error(parameter, mirror, Messages.PROVIDED_PARAM_ANNOTATED, name, injected, annotation);
          return null;
        }
      }
      return Param.provided(name, injected);
    }
    boolean request = TypeReader.isRequest(parameter.asType());
    if (request || TypeReader.isBackgroundTasks(parameter.asType())) {
      if (sourceAnnotation != null) {
        diagnostics.error(parameter, sourceAnnotation, Messages.INJECTED_PARAM_ANNOTATED, name,
            request ? "Request" : "BackgroundTasks", explicitNames.get(0).simpleName());
        return null;
      }
      return new Param(name, name, request ? Source.REQUEST : Source.BACKGROUND_TASKS, null, null, null, false, -1,
          List.of(), null);
    }

    boolean form = sourceAnnotation != null && explicitNames.get(0).equals(Names.FORM);
    if (form && method == HttpMethod.GET) { // a provider's form is checked against each route using it
      diagnostics.error(parameter, sourceAnnotation, Messages.FORM_ON_GET, name);
      return null;
    }
    ValueType type = form ? TypeReader.formType(parameter.asType()) : TypeReader.valueType(parameter.asType());
    Source source = sourceAnnotation != null ? SOURCES.get(explicitNames.get(0))
        : template != null && template.indexOf(name) >= 0 ? Source.PATH
        : type != null ? Source.QUERY
        : Source.BODY;
    if (source == Source.BODY) {
      return body(parameter, method);
    }
    String wireName = sourceAnnotation == null ? "" : annotations.string(sourceAnnotation, "value");
    if (wireName.isEmpty()) {
      wireName = source == Source.HEADER ? WireNames.kebab(name) : name;
    }
    if (!typeFits(parameter, source, type)) {
      return null;
    }
    int segment = -1;
    if (source == Source.PATH && template != null) {
      segment = template.indexOf(wireName);
      if (segment < 0) {
        diagnostics.error(parameter, Messages.PATH_PARAM_NOT_IN_TEMPLATE, wireName, template.text(), wireName);
        return null;
      }
    }
    boolean nullable = Annotations.hasNullable(parameter);
    if (nullable && type.primitive()) {
      diagnostics.error(parameter, Messages.NULLABLE_PRIMITIVE, name, parameter.asType(), type.javaType());
      return null;
    }
    if (!defaultFits(parameter, source, type)) {
      return null;
    }
    List<String> problems = new ArrayList<>();
    List<Constraint> checks = constraints.read(parameter.getAnnotationMirrors(), target(type),
        problem -> problems.add(problem));
    if (!problems.isEmpty()) {
      diagnostics.error(parameter, Messages.PARAM_CONSTRAINT_INVALID, name, problems.get(0));
      return null;
    }
    return new Param(name, wireName, source, type, null, defaultValue(parameter), nullable, segment, checks, null);
  }

  private static ConstraintReader.Target target(ValueType type) {
    if (type.isCollection()) {
      return ConstraintReader.Target.COLLECTION;
    }
    return ConstraintReader.Target.of(type.scalar());
  }

  /** The JSON body: its type must have a codec; a body on GET is a mistake. */
  private Param body(VariableElement parameter, HttpMethod method) {
    String name = parameter.getSimpleName().toString();
    if (method == HttpMethod.GET) { // a provider's body is checked against each route using it
      diagnostics.error(parameter, Messages.BODY_ON_GET, name);
      return null;
    }
    List<String> problems = new ArrayList<>();
    JsonType type = json.read(parameter.asType(), TypeNames.simple(parameter.asType()), problems);
    if (type == null) {
      diagnostics.error(parameter, Messages.JSON_TYPE_UNSUPPORTED, problems.get(0));
      return null;
    }
    boolean nullable = type instanceof JsonType.OptionalType || Annotations.hasNullable(parameter);
    List<Constraint> checks = constraints.read(parameter.getAnnotationMirrors(), JsonTypeReader.target(type),
        problems::add);
    if (!problems.isEmpty()) {
      diagnostics.error(parameter, Messages.PARAM_CONSTRAINT_INVALID, name, problems.get(0));
      return null;
    }
    String wireName = Annotations.find(parameter, Names.BODY).map(m -> annotations.string(m, "value"))
        .filter(value -> !value.isEmpty()).orElse(name);
    return new Param(name, wireName, Source.BODY, null, type, null, nullable, -1, checks, null);
  }

  private boolean typeFits(VariableElement parameter, Source source, ValueType type) {
    String name = parameter.getSimpleName().toString();
    if (source == Source.FORM) {
      if (type == null) {
        diagnostics.error(parameter, Messages.FORM_TYPE_UNSUPPORTED, name, parameter.asType());
        return false;
      }
      return true;
    }
    if (source == Source.PATH) {
      if (type == null || type.container() != ValueType.Container.NONE || Annotations.hasNullable(parameter)) {
        diagnostics.error(parameter, Messages.PATH_PARAM_NOT_SCALAR, name, parameter.asType());
        return false;
      }
      return true;
    }
    boolean collectionAllowed = source != Source.COOKIE;
    if (type == null || (type.isCollection() && !collectionAllowed)) {
      String label = source.loc().substring(0, 1).toUpperCase() + source.loc().substring(1);
      diagnostics.error(parameter, Messages.UNSUPPORTED_PARAM_TYPE, label, name, parameter.asType(),
          collectionAllowed ? "Optional, List or Set" : "Optional");
      return false;
    }
    return true;
  }

  /** Reports a {@code @Default} that does not apply or does not convert; true when it is fine or absent. */
  private boolean defaultFits(VariableElement parameter, Source source, ValueType type) {
    Optional<AnnotationMirror> mirror = Annotations.find(parameter, Names.DEFAULT);
    if (mirror.isEmpty()) {
      return true;
    }
    String name = parameter.getSimpleName().toString();
    if (source == Source.PATH || type.isCollection() || type.scalar().isFile()) {
      diagnostics.error(parameter, mirror.get(), Messages.DEFAULT_NOT_APPLICABLE,
          source == Source.PATH ? "path" : type.scalar().isFile() ? "file" : "collection", name);
      return false;
    }
    String text = annotations.string(mirror.get(), "value");
    if (!DefaultValues.converts(type.scalar(), Set.copyOf(type.enumConstants()), text)) {
      diagnostics.error(parameter, mirror.get(), Annotations.explicitValue(mirror.get(), "value"),
          Messages.DEFAULT_NOT_CONVERTIBLE, text, typeLabel(type), name);
      return false;
    }
    return true;
  }

  private String defaultValue(VariableElement parameter) {
    return Annotations.find(parameter, Names.DEFAULT).map(mirror -> annotations.string(mirror, "value")).orElse(null);
  }

  private static String typeLabel(ValueType type) {
    return type.scalar() == Scalar.ENUM ? type.enumType().simpleName() : type.javaType().toString();
  }
}
