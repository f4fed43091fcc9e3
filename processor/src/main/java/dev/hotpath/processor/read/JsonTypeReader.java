package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
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

  private final JsonPropertyReader properties;
  private final Map<String, JsonObject> objects = new LinkedHashMap<>();
  private final Map<String, String> codecNames = new LinkedHashMap<>();
  private final ClassName codecs;
  private final JavadocReader javadoc;

  /** @param codecs the API's {@code <Api>Json} class, where embedded body records are declared */
  public JsonTypeReader(Elements elements, Types types, ClassName codecs) {
    this.javadoc = new JavadocReader(elements);
    this.properties = new JsonPropertyReader(this, types, new ConstraintReader(elements), javadoc);
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
      return new JsonType.EnumType(ClassName.get(element), element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList());
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
          body.constraints(), List.of(), false, ""));
    }
    objects.put(codec, new JsonObject(codec, record, properties, true, false, true, ""));
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
    List<JsonProperty> read = new ArrayList<>();
    boolean byConstructor = element.getKind() == ElementKind.RECORD
        ? properties.recordProperties(type, element, path, problems, read)
        : properties.classProperties(type, element, path, problems, read);
    if (problems.size() > before) {
      codecNames.remove(key);
      return null;
    }
    objects.put(codec, new JsonObject(codec, TypeName.get(type), read, byConstructor,
        !type.getTypeArguments().isEmpty(), false, javadoc.read(element).text()));
    return new JsonType.ObjectType(TypeName.get(type), codec);
  }

  static ConstraintReader.Target target(JsonType type) {
    if (type instanceof JsonType.ScalarType scalar) {
      return ConstraintReader.Target.of(scalar.scalar());
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

}
