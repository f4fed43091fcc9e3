package dev.hotpath.processor.write.openapi;

import com.palantir.javapoet.ClassName;
import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.JsonObject;
import dev.hotpath.processor.model.JsonProperty;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Scalar;
import dev.hotpath.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (OpenAPI 3.1's dialect) of the API's types, from the same model the codecs are
 * written from: objects and enums become components referenced by {@code $ref}, made the first
 * time they are met; nullability is {@code anyOf} with {@code null}, as pydantic writes it; Jakarta
 * constraints become their JSON Schema keywords.
 */
final class Schemas {
  static final String REF = "#/components/schemas/";

  private final Map<String, JsonObject> objects = new LinkedHashMap<>();
  private final Map<String, Object> components = new TreeMap<>(); // sorted: the document is deterministic

  Schemas(List<JsonObject> objects) {
    objects.forEach(object -> this.objects.put(object.codec(), object));
  }

  /** Every component met so far, by name. */
  Map<String, Object> components() {
    return components;
  }

  /** The schema of a JSON type, its components added as needed. */
  Map<String, Object> of(JsonType type) {
    if (type instanceof JsonType.ScalarType scalar) {
      return scalar(scalar.scalar());
    }
    if (type instanceof JsonType.BytesType) {
      return schema("type", "string", "contentEncoding", "base64");
    }
    if (type instanceof JsonType.EnumType enumType) {
      return ref(enumComponent(enumType.javaType(), enumType.constants()));
    }
    if (type instanceof JsonType.ObjectType object) {
      return ref(objectComponent(object.codec()));
    }
    if (type instanceof JsonType.CollectionType collection) {
      Map<String, Object> schema = schema("type", "array", "items", of(collection.element()));
      if (collection.set()) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (type instanceof JsonType.ArrayType array) {
      return schema("type", "array", "items", of(array.element()));
    }
    if (type instanceof JsonType.PrimitiveArrayType array) {
      return schema("type", "array", "items", scalar(array.scalar()));
    }
    if (type instanceof JsonType.MapType map) {
      Map<String, Object> schema = schema("type", "object", "additionalProperties", of(map.value()));
      if (map.key() instanceof JsonType.EnumType || (map.key() instanceof JsonType.ScalarType key
          && key.scalar() != Scalar.STRING)) {
        schema.put("propertyNames", of(map.key()));
      }
      return schema;
    }
    if (type instanceof JsonType.OptionalType optional) {
      return nullable(of(optional.element()));
    }
    return new LinkedHashMap<>(); // Object: any JSON value
  }

  /** The schema of a path, query, header or cookie parameter. */
  Map<String, Object> of(ValueType type) {
    Map<String, Object> element = type.scalar() == Scalar.ENUM
        ? ref(enumComponent(type.enumType(), type.enumConstants())) : scalar(type.scalar());
    return switch (type.container()) {
      case NONE -> element;
      case OPTIONAL -> nullable(element);
      case LIST -> schema("type", "array", "items", element);
      case SET -> schema("type", "array", "items", element, "uniqueItems", true);
    };
  }

  /** {@code anyOf} the schema and {@code null}, as pydantic writes an optional value. */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    if (schema.isEmpty()) {
      return schema; // anything, null included
    }
    return schema("anyOf", List.of(schema, schema("type", "null")));
  }

  /** Adds the constraints' keywords to {@code schema} (inside its {@code anyOf} when nullable). */
  static void constrain(Map<String, Object> schema, List<Constraint> constraints) {
    Map<String, Object> target = inner(schema);
    boolean text = "string".equals(target.get("type"));
    boolean object = "object".equals(target.get("type"));
    for (Constraint constraint : constraints) {
      switch (constraint.kind()) {
        case LENGTH -> {
          if (constraint.min() > 0) {
            target.put("minLength", constraint.min());
          }
          if (constraint.max() >= 0) {
            target.put("maxLength", constraint.max());
          }
        }
        case NOT_BLANK -> {
          target.put("minLength", Math.max(1, (Integer) target.getOrDefault("minLength", 1)));
          target.putIfAbsent("pattern", "\\S"); // some character that is not whitespace
        }
        case SIZE -> {
          String kind = object ? "Properties" : text ? "Length" : "Items";
          if (constraint.min() > 0) {
            target.put("min" + kind, constraint.min());
          }
          if (constraint.max() >= 0) {
            target.put("max" + kind, constraint.max());
          }
        }
        case BOUND -> target.put(switch (constraint.op()) {
          case "gt" -> "exclusiveMinimum";
          case "ge" -> "minimum";
          case "lt" -> "exclusiveMaximum";
          default -> "maximum";
        }, constraint.integral() ? (Object) constraint.limit().longValueExact() : constraint.limit());
        case PATTERN -> target.put("pattern", "^(?:" + constraint.pattern() + ")$"); // Jakarta matches it whole
        case EMAIL -> target.put("format", "email");
      }
    }
  }

  /** The schema a nullable wrapper holds, or the schema itself. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> inner(Map<String, Object> schema) {
    if (schema.get("anyOf") instanceof List<?> anyOf && anyOf.size() == 2) {
      return (Map<String, Object>) anyOf.get(0);
    }
    return schema;
  }

  private String objectComponent(String codec) {
    if (components.containsKey(codec)) {
      return codec;
    }
    JsonObject object = objects.get(codec);
    Map<String, Object> schema = schema("title", codec, "type", "object"); // a generic one keeps its name: Page_Item
    components.put(codec, schema); // before its properties: a type may contain itself
    if (!object.description().isEmpty()) {
      schema.put("description", object.description());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (JsonProperty property : object.properties()) {
      if (property.ignored()) {
        continue;
      }
      Map<String, Object> value = of(property.type());
      constrain(value, property.constraints());
      if (!property.elementConstraints().isEmpty() && inner(value).get("items") instanceof Map<?, ?> items) {
        @SuppressWarnings("unchecked")
        Map<String, Object> elements = (Map<String, Object>) items;
        constrain(elements, property.elementConstraints());
      }
      if (property.nullable() && !(property.type() instanceof JsonType.OptionalType)) {
        value = nullable(value);
      }
      Map<String, Object> described = new LinkedHashMap<>(value);
      described.put("title", title(property.jsonName()));
      if (!property.description().isEmpty()) {
        described.put("description", property.description());
      }
      properties.put(property.jsonName(), described);
      if (property.required()) {
        required.add(property.jsonName());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return codec;
  }

  /** Registers a component schema under {@code name}; returns its reference. */
  Map<String, Object> component(String name, Map<String, Object> schema) {
    components.putIfAbsent(name, schema);
    return ref(name);
  }

  private String enumComponent(ClassName type, List<String> constants) {
    String name = String.join("_", type.simpleNames());
    components.putIfAbsent(name, schema("title", type.simpleName(), "type", "string", "enum", List.copyOf(constants)));
    return name;
  }

  private static Map<String, Object> scalar(Scalar scalar) {
    return switch (scalar) {
      case STRING -> schema("type", "string");
      case INT, SHORT, BYTE -> schema("type", "integer", "format", "int32");
      case LONG -> schema("type", "integer", "format", "int64");
      case BIG_INTEGER -> schema("type", "integer");
      case DOUBLE -> schema("type", "number", "format", "double");
      case FLOAT -> schema("type", "number", "format", "float");
      case BIG_DECIMAL -> schema("type", "number");
      case BOOLEAN -> schema("type", "boolean");
      case UUID -> schema("type", "string", "format", "uuid");
      case LOCAL_DATE -> schema("type", "string", "format", "date");
      case LOCAL_TIME -> schema("type", "string", "format", "time");
      case LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> schema("type", "string", "format", "date-time");
      case DURATION -> schema("type", "string", "format", "duration");
      case ENUM -> schema("type", "string");
      case FILE, BYTES -> schema("type", "string", "format", "binary");
    };
  }

  static Map<String, Object> ref(String component) {
    return schema("$ref", REF + component);
  }

  /** {@code first_name} and {@code firstName} are "First Name", as pydantic titles fields. */
  static String title(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
    StringBuilder title = new StringBuilder();
    for (String word : spaced.split(" +")) {
      if (!word.isEmpty()) {
        title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1));
      }
    }
    return title.toString();
  }

  /** An ordered schema from keys and values. */
  static Map<String, Object> schema(Object... keysAndValues) {
    Map<String, Object> schema = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      schema.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return schema;
  }
}
