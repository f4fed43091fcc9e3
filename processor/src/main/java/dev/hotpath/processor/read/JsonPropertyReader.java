package dev.hotpath.processor.read;

import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.JsonProperty;
import dev.hotpath.processor.model.JsonType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The properties of a record or class: how each is named in JSON ({@code @JsonProperty}), read
 * from an instance (accessor, getter or public field), built (canonical, {@code @JsonCreator} or
 * no-argument constructor) and checked (Jakarta constraints), and whether it may be absent or null.
 */
final class JsonPropertyReader {
  private static final String JACKSON = "com.fasterxml.jackson.annotation.";

  private final JsonTypeReader json;
  private final Types types;
  private final ConstraintReader constraints;
  private final JavadocReader javadoc;

  JsonPropertyReader(JsonTypeReader json, Types types, ConstraintReader constraints, JavadocReader javadoc) {
    this.json = json;
    this.types = types;
    this.constraints = constraints;
    this.javadoc = javadoc;
  }

  boolean recordProperties(DeclaredType type, TypeElement element, String path, List<String> problems,
      List<JsonProperty> properties) {
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
      ExecutableElement accessor = component.getAccessor();
      TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
      List<Element> carriers = new ArrayList<>(List.of(component, accessor));
      field(element, component.getSimpleName().toString()).ifPresent(carriers::add);
      constructorParameter(element, component.getSimpleName().toString()).ifPresent(carriers::add);
      JsonProperty property = property(element, component.getSimpleName().toString(), accessor.getSimpleName() + "()",
          componentType, carriers, path, problems);
      if (property != null) {
        properties.add(property);
      }
    }
    return true;
  }

  boolean classProperties(DeclaredType type, TypeElement element, String path, List<String> problems,
      List<JsonProperty> properties) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
        .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE)).toList();
    List<VariableElement> fields = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT))
        .toList();
    Optional<ExecutableElement> creator = constructors.stream()
        .filter(c -> has(c, "JsonCreator")).findFirst()
        .or(() -> constructors.stream().filter(c -> !c.getParameters().isEmpty() && sameNames(c, fields)).findFirst());
    if (creator.isPresent()) {
      List<? extends TypeMirror> parameterTypes =
          ((ExecutableType) types.asMemberOf(type, creator.get())).getParameterTypes();
      for (int i = 0; i < creator.get().getParameters().size(); i++) {
        VariableElement parameter = creator.get().getParameters().get(i);
        String javaName = parameter.getSimpleName().toString();
        List<Element> carriers = new ArrayList<>(List.of(parameter));
        field(element, javaName).ifPresent(carriers::add);
        String read = reader(element, javaName, parameter.asType());
        if (read == null) {
          problems.add(path + "." + javaName + ": " + element.getSimpleName() + " has no public field or getter for "
              + javaName);
          continue;
        }
        TypeMirror memberType = parameterTypes.get(i);
        JsonProperty property = property(element, javaName, read, memberType, carriers, path, problems);
        if (property != null) {
          properties.add(property);
        }
      }
      return true;
    }
    boolean noArgs = constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
        && c.getModifiers().contains(Modifier.PUBLIC)) || constructors.isEmpty();
    List<VariableElement> open = fields.stream()
        .filter(f -> f.getModifiers().contains(Modifier.PUBLIC) && !f.getModifiers().contains(Modifier.FINAL)).toList();
    if (!noArgs || open.isEmpty()) {
      problems.add(path + ": " + type + " is not a JSON type: it has no public constructor taking its fields, no "
          + "@JsonCreator constructor, and no public no-argument constructor with public fields");
      return false;
    }
    for (VariableElement field : open) {
      JsonProperty property = property(element, field.getSimpleName().toString(), field.getSimpleName().toString(),
          types.asMemberOf(type, field), List.of(field), path, problems);
      if (property != null) {
        properties.add(property);
      }
    }
    return false;
  }

  private JsonProperty property(TypeElement owner, String javaName, String read, TypeMirror type,
      List<Element> carriers, String path, List<String> problems) {
    String propertyPath = path + "." + javaName;
    boolean ignored = carriers.stream().anyMatch(c -> has(c, "JsonIgnore"));
    JsonType jsonType = json.read(type, propertyPath, problems);
    if (jsonType == null) {
      return null;
    }
    String jsonName = carriers.stream().map(c -> jacksonValue(c, "JsonProperty")).filter(v -> v != null && !v.isEmpty())
        .findFirst().orElse(javaName);
    List<AnnotationMirror> mirrors = new ArrayList<>(type.getAnnotationMirrors());
    carriers.forEach(c -> mirrors.addAll(c.getAnnotationMirrors()));
    boolean optional = jsonType instanceof JsonType.OptionalType;
    boolean nullable = optional || (!type.getKind().isPrimitive() && !ConstraintReader.forbidsNull(mirrors)
        && (carriers.stream().anyMatch(Annotations::hasNullable)
            || type.getAnnotationMirrors().stream().anyMatch(m -> m.getAnnotationType().asElement().getSimpleName()
                .contentEquals("Nullable"))));
    boolean omitNull = "NON_NULL".equals(jacksonValue(owner, "JsonInclude"))
        || carriers.stream().anyMatch(c -> "NON_NULL".equals(jacksonValue(c, "JsonInclude")));
    List<Constraint> valueConstraints = constraints.read(mirrors, JsonTypeReader.target(jsonType),
        problem -> problems.add(propertyPath + ": " + problem));
    List<Constraint> elementConstraints = List.of();
    if (jsonType instanceof JsonType.CollectionType collection && type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1) {
      elementConstraints = constraints.read(declared.getTypeArguments().get(0).getAnnotationMirrors(),
          JsonTypeReader.target(collection.element()), problem -> problems.add(propertyPath + "[]: " + problem));
    }
    return new JsonProperty(jsonName, javaName, read, jsonType, !nullable && !ignored, nullable, omitNull, ignored,
        valueConstraints, elementConstraints, type.getKind().isPrimitive(), description(owner, javaName, carriers));
  }

  /** A record component's {@code @param} text, else the field's or getter's own Javadoc. */
  private String description(TypeElement owner, String javaName, List<Element> carriers) {
    String param = javadoc.read(owner).params().get(javaName);
    if (param != null) {
      return param;
    }
    return carriers.stream().map(c -> javadoc.read(c).text()).filter(text -> !text.isEmpty()).findFirst().orElse("");
  }

  private static Optional<VariableElement> field(TypeElement owner, String name) {
    return ElementFilter.fieldsIn(owner.getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().contentEquals(name)).findFirst();
  }

  private static Optional<VariableElement> constructorParameter(TypeElement record, String name) {
    return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
        .flatMap(c -> c.getParameters().stream())
        .filter(p -> p.getSimpleName().contentEquals(name))
        .map(p -> (VariableElement) p)
        .findFirst();
  }

  private static boolean sameNames(ExecutableElement constructor, List<VariableElement> fields) {
    List<String> parameters = constructor.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    List<String> names = fields.stream().map(f -> f.getSimpleName().toString()).toList();
    return parameters.equals(names);
  }

  /** How to read property {@code name} of an instance: a public field or a getter; null when neither. */
  private static String reader(TypeElement owner, String name, TypeMirror type) {
    if (field(owner, name).filter(f -> f.getModifiers().contains(Modifier.PUBLIC)).isPresent()) {
      return name;
    }
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      String methodName = method.getSimpleName().toString();
      if (method.getModifiers().contains(Modifier.PUBLIC) && method.getParameters().isEmpty()
          && (methodName.equals("get" + capitalized)
              || (methodName.equals("is" + capitalized) && type.getKind() == TypeKind.BOOLEAN))) {
        return methodName + "()";
      }
    }
    return null;
  }

  private static boolean has(Element element, String jacksonAnnotation) {
    return element.getAnnotationMirrors().stream().anyMatch(m -> isJackson(m, jacksonAnnotation));
  }

  /** The {@code value} of a Jackson annotation as text (an enum constant's name), or null. */
  private static String jacksonValue(Element element, String jacksonAnnotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isJackson(mirror, jacksonAnnotation)) {
        var value = Annotations.explicitValue(mirror, "value");
        if (value == null) {
          return "";
        }
        Object raw = value.getValue();
        return raw instanceof VariableElement constant ? constant.getSimpleName().toString() : String.valueOf(raw);
      }
    }
    return null;
  }

  private static boolean isJackson(AnnotationMirror mirror, String simpleName) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
        .contentEquals(JACKSON + simpleName);
  }
}
