package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.JsonObject;
import dev.hotpath.processor.model.JsonProperty;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Scalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the types met as bodies and results into {@link JsonType}s, and every record or class
 * among them into a {@link JsonObject}, once per API. What cannot be JSON is reported with the path
 * to it ({@code NewItem.owner.file: java.io.File is not a JSON type ...}).
 */
public final class JsonTypeReader {
  public static final String SUPPORTED = "supported are records, enums, classes with a public constructor for their "
      + "fields (or @JsonCreator, or a no-argument constructor and public fields), primitives and boxes, String, "
      + "BigDecimal, BigInteger, UUID, java.time values, byte[], List, Set, Collection, Map, Optional, arrays "
      + "and Object";
  private static final String JACKSON = "com.fasterxml.jackson.annotation.";

  private final Elements elements;
  private final Types types;
  private final ConstraintReader constraints;
  private final Map<String, JsonObject> objects = new LinkedHashMap<>();
  private final Map<String, String> codecNames = new LinkedHashMap<>();
  private final ClassName codecs;

  /** @param codecs the API's {@code <Api>Json} class, where embedded body records are declared */
  public JsonTypeReader(Elements elements, Types types, ClassName codecs) {
    this.elements = elements;
    this.types = types;
    this.constraints = new ConstraintReader(elements);
    this.codecs = codecs;
  }

  public ClassName codecs() {
    return codecs;
  }

  /** Every object met so far, in the order first met. */
  public Collection<JsonObject> objects() {
    return objects.values();
  }

  /** The JSON type, or null after adding what is wrong (with {@code path}) to {@code problems}. */
  public JsonType read(TypeMirror type, String path, List<String> problems) {
    if (type.getKind().isPrimitive()) {
      dev.hotpath.processor.model.ValueType scalar = TypeReader.valueType(type);
      if (scalar == null) {
        problems.add(path + ": " + type + " is not a JSON type; " + SUPPORTED);
        return null;
      }
      return new JsonType.ScalarType(TypeName.get(type).box(), scalar.scalar());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return new JsonType.BytesType(TypeName.get(type));
      }
      if (component.getKind().isPrimitive()) {
        dev.hotpath.processor.model.ValueType scalar = TypeReader.valueType(component);
        if (scalar == null) {
          problems.add(path + ": arrays of " + component + " are not supported; use String or List<"
              + TypeName.get(component).box() + ">");
          return null;
        }
        return new JsonType.PrimitiveArrayType(TypeName.get(type), scalar.scalar());
      }
      JsonType element = read(component, path + "[]", problems);
      return element == null ? null : new JsonType.ArrayType(TypeName.get(type), element);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      problems.add(path + ": " + type + " is not a concrete type; JSON types must be fully known at compile time");
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    switch (name) {
      case "java.lang.Object":
        return new JsonType.AnyType(TypeName.get(type));
      case "java.util.Optional":
        return container(declared, path, problems, 1, args -> new JsonType.OptionalType(TypeName.get(type), args.get(0)));
      case "java.util.List", "java.util.Collection", "java.lang.Iterable":
        return container(declared, path, problems, 1,
            args -> new JsonType.CollectionType(TypeName.get(type), false, args.get(0)));
      case "java.util.Set":
        return container(declared, path, problems, 1,
            args -> new JsonType.CollectionType(TypeName.get(type), true, args.get(0)));
      case "java.util.Map":
        return map(declared, path, problems);
      default:
        break;
    }
    Scalar scalar = Scalar.forClassName(name);
    if (scalar != null) {
      return new JsonType.ScalarType(TypeName.get(type), scalar);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new JsonType.EnumType(ClassName.get(element));
    }
    if (!arguments.isEmpty() && arguments.stream().anyMatch(a -> a.getKind() != TypeKind.DECLARED
        && a.getKind() != TypeKind.ARRAY)) {
      problems.add(path + ": " + type + " is not a concrete type; give every type argument a concrete type");
      return null;
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      problems.add(path + ": " + type + " is not a JSON type; " + SUPPORTED);
      return null;
    }
    return object(declared, path, problems);
  }

  @FunctionalInterface
  private interface Make {
    JsonType make(List<JsonType> arguments);
  }

  /**
   * The body of a route with several body parameters (or a scalar marked {@code @Body}): an object
   * keyed by parameter name, as FastAPI embeds them, read into a record the codec class declares.
   */
  public JsonType.ObjectType embedded(ClassName record, List<Param> bodies) {
    String codec = record.simpleName();
    List<JsonProperty> properties = new ArrayList<>();
    for (Param body : bodies) {
      properties.add(new JsonProperty(body.wireName(), body.javaName(), body.javaName() + "()", body.body(),
          !body.nullable(), body.nullable() && !(body.body() instanceof JsonType.OptionalType), false, false,
          body.constraints(), List.of(), false));
    }
    objects.put(codec, new JsonObject(codec, record, properties, true, false, true));
    return new JsonType.ObjectType(record, codec);
  }

  private JsonType container(DeclaredType type, String path, List<String> problems, int count, Make make) {
    if (type.getTypeArguments().size() != count) {
      problems.add(path + ": " + type + " needs a type argument");
      return null;
    }
    List<JsonType> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      JsonType read = read(argument, path + "[]", problems);
      if (read == null) {
        return null;
      }
      arguments.add(read);
    }
    return make.make(arguments);
  }

  private JsonType map(DeclaredType type, String path, List<String> problems) {
    if (type.getTypeArguments().size() != 2) {
      problems.add(path + ": " + type + " needs key and value type arguments");
      return null;
    }
    JsonType key = read(type.getTypeArguments().get(0), path + "{key}", problems);
    if (key != null && !(key instanceof JsonType.ScalarType || key instanceof JsonType.EnumType)) {
      problems.add(path + ": map keys must be text, enums or scalars, not " + type.getTypeArguments().get(0));
      return null;
    }
    JsonType value = read(type.getTypeArguments().get(1), path + "{}", problems);
    return key == null || value == null ? null : new JsonType.MapType(TypeName.get(type), key, value);
  }

  private JsonType object(DeclaredType type, String path, List<String> problems) {
    String key = type.toString();
    String codec = codecNames.get(key);
    if (codec != null) {
      return new JsonType.ObjectType(TypeName.get(type), codec);
    }
    TypeElement element = (TypeElement) type.asElement();
    if (element.getModifiers().contains(Modifier.PRIVATE) || element.getModifiers().contains(Modifier.ABSTRACT)
        || element.getKind() == ElementKind.INTERFACE
        || (element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC)
            && element.getKind() != ElementKind.RECORD)) {
      problems.add(path + ": " + type + " is not a JSON type: it must be a non-abstract, non-private, top-level or "
          + "static class or record; " + SUPPORTED);
      return null;
    }
    codec = uniqueName(type);
    codecNames.put(key, codec);
    int before = problems.size();
    List<JsonProperty> properties = new ArrayList<>();
    boolean byConstructor = element.getKind() == ElementKind.RECORD
        ? recordProperties(type, element, path, problems, properties)
        : classProperties(type, element, path, problems, properties);
    if (problems.size() > before) {
      codecNames.remove(key);
      return null;
    }
    objects.put(codec, new JsonObject(codec, TypeName.get(type), properties, byConstructor,
        !type.getTypeArguments().isEmpty(), false));
    return new JsonType.ObjectType(TypeName.get(type), codec);
  }

  private boolean recordProperties(DeclaredType type, TypeElement element, String path, List<String> problems,
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

  private boolean classProperties(DeclaredType type, TypeElement element, String path, List<String> problems,
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
    JsonType jsonType = read(type, propertyPath, problems);
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
    List<Constraint> valueConstraints = constraints.read(mirrors, target(jsonType),
        problem -> problems.add(propertyPath + ": " + problem));
    List<Constraint> elementConstraints = List.of();
    if (jsonType instanceof JsonType.CollectionType collection && type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1) {
      elementConstraints = constraints.read(declared.getTypeArguments().get(0).getAnnotationMirrors(),
          target(collection.element()), problem -> problems.add(propertyPath + "[]: " + problem));
    }
    return new JsonProperty(jsonName, javaName, read, jsonType, !nullable && !ignored, nullable, omitNull, ignored,
        valueConstraints, elementConstraints, type.getKind().isPrimitive());
  }

  static ConstraintReader.Target target(JsonType type) {
    if (type instanceof JsonType.ScalarType scalar) {
      return switch (scalar.scalar()) {
        case STRING -> ConstraintReader.Target.TEXT;
        case INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> ConstraintReader.Target.NUMBER;
        default -> ConstraintReader.Target.OTHER;
      };
    }
    if (type instanceof JsonType.CollectionType || type instanceof JsonType.ArrayType
        || type instanceof JsonType.PrimitiveArrayType || type instanceof JsonType.MapType) {
      return ConstraintReader.Target.COLLECTION;
    }
    if (type instanceof JsonType.OptionalType optional) {
      return target(optional.element());
    }
    return ConstraintReader.Target.OTHER;
  }

  private String uniqueName(DeclaredType type) {
    StringBuilder name = new StringBuilder(type.asElement().getSimpleName());
    for (TypeMirror argument : type.getTypeArguments()) {
      name.append('_').append(argumentName(argument));
    }
    String base = name.toString();
    String unique = base;
    for (int i = 2; codecNames.containsValue(unique); i++) {
      unique = base + i;
    }
    return unique;
  }

  private static String argumentName(TypeMirror argument) {
    if (argument.getKind() == TypeKind.ARRAY) {
      return argumentName(((ArrayType) argument).getComponentType()) + "Array";
    }
    if (argument instanceof DeclaredType declared) {
      StringBuilder name = new StringBuilder(declared.asElement().getSimpleName());
      declared.getTypeArguments().forEach(a -> name.append('_').append(argumentName(a)));
      return name.toString();
    }
    return argument.toString().replaceAll("\\W", "_");
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
