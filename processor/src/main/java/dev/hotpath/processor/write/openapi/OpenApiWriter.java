package dev.hotpath.processor.write.openapi;

import dev.hotpath.processor.model.ApiModel;
import dev.hotpath.processor.model.ControllerModel;
import dev.hotpath.processor.model.DependencyPlan;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Provider;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the API's OpenAPI 3.1 document from the model the router and codecs are written from,
 * so the document cannot drift from what the server does: every route with its parameters (its
 * providers' too, as FastAPI lists them), body, responses and the 422 of FastAPI's
 * {@code HTTPValidationError}; every type as a component schema.
 */
public final class OpenApiWriter {
  /** Where the document is, in the class output and so on the class path. */
  public static String resourceName(ApiModel api) {
    return "META-INF/hotpath/" + api.element().getQualifiedName() + "/openapi.json";
  }

  public String write(ApiModel api) {
    Schemas schemas = new Schemas(api.jsonObjects());
    Map<String, Object> info = Schemas.schema("title", api.title(), "version", api.version());
    if (!api.description().isEmpty()) {
      info.put("description", api.description());
    }
    Map<String, Object> paths = new LinkedHashMap<>();
    Set<String> operationIds = new HashSet<>();
    boolean validation = false;
    for (ControllerModel controller : api.controllers()) {
      for (Route route : controller.routes()) {
        List<Provider> plan = DependencyPlan.of(api, controller, route);
        Operation operation = new Operation(route, plan, schemas);
        validation |= operation.validates();
        @SuppressWarnings("unchecked")
        Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(pathOf(route), key -> new LinkedHashMap<>());
        path.put(route.method().name().toLowerCase(java.util.Locale.ROOT), operation.write(unique(operationId(route), operationIds)));
      }
    }
    Map<String, Object> components = schemas.components();
    if (validation) {
      components.putAll(ValidationSchemas.components());
    }
    Map<String, Object> document = Schemas.schema("openapi", "3.1.0", "info", info, "paths", paths);
    if (!components.isEmpty()) {
      document.put("components", Schemas.schema("schemas", components));
    }
    return JsonText.of(document);
  }

  /** The template as OpenAPI writes it: {@code {rest:path}} is {@code {rest}}. */
  private static String pathOf(Route route) {
    return route.template().text().replace(":path}", "}");
  }

  /** FastAPI's {@code generate_unique_id}: the name and path, non-word characters as {@code _}, then the method. */
  private static String operationId(Route route) {
    return (route.methodName() + pathOf(route)).replaceAll("\\W", "_") + "_" + route.method().name().toLowerCase(
        java.util.Locale.ROOT);
  }

  private static String unique(String id, Set<String> taken) {
    String unique = id;
    for (int i = 2; !taken.add(unique); i++) {
      unique = id + "_" + i;
    }
    return unique;
  }

  /** One operation: the route and what its providers read. */
  private static final class Operation {
    private final Route route;
    private final Schemas schemas;
    private final List<Param> params = new ArrayList<>();
    private final Map<Param, String> descriptions = new LinkedHashMap<>();

    Operation(Route route, List<Provider> plan, Schemas schemas) {
      this.route = route;
      this.schemas = schemas;
      for (Provider provider : plan) {
        for (Param param : provider.params()) {
          params.add(param);
          descriptions.put(param, provider.paramDocs().get(param.javaName()));
        }
      }
      for (Param param : route.params()) {
        params.add(param);
        descriptions.put(param, route.docs().params().get(param.javaName()));
      }
    }

    boolean validates() {
      return params.stream().anyMatch(p -> switch (p.source()) {
        case PATH, QUERY, HEADER, COOKIE, FORM, BODY -> true;
        default -> false;
      });
    }

    Map<String, Object> write(String operationId) {
      this.operationId = operationId;
      Map<String, Object> operation = new LinkedHashMap<>();
      if (!route.docs().tags().isEmpty()) {
        operation.put("tags", route.docs().tags());
      }
      operation.put("summary", route.docs().summary());
      if (!route.docs().description().isEmpty()) {
        operation.put("description", route.docs().description());
      }
      operation.put("operationId", operationId);
      if (route.docs().deprecated()) {
        operation.put("deprecated", true);
      }
      List<Object> parameters = parameters();
      if (!parameters.isEmpty()) {
        operation.put("parameters", parameters);
      }
      Map<String, Object> body = requestBody();
      if (body != null) {
        operation.put("requestBody", body);
      }
      operation.put("responses", responses());
      return operation;
    }

    private List<Object> parameters() {
      List<Param> read = new ArrayList<>(params.stream()
          .filter(p -> p.type() != null && p.source() != Source.FORM).toList());
      read.sort(Comparator.comparing(Param::source)); // path → query → header → cookie, as FastAPI lists them
      List<Object> parameters = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Param param : read) {
        if (!seen.add(param.source().loc() + " " + param.wireName())) {
          continue; // two providers reading the same header: one parameter
        }
        Map<String, Object> schema = valueSchema(param);
        Map<String, Object> parameter = Schemas.schema("name", param.wireName(), "in", param.source().loc(),
            "required", param.source() == Source.PATH || param.required());
        String description = descriptions.get(param);
        if (description != null && !description.isEmpty()) {
          parameter.put("description", description);
        }
        parameter.put("schema", schema);
        parameters.add(parameter);
      }
      return parameters;
    }

    /** A parameter's or form field's schema: its type, constraints, nullability, title and default. */
    private Map<String, Object> valueSchema(Param param) {
      Map<String, Object> schema = schemas.of(param.type());
      Schemas.constrain(schema, param.constraints());
      if (param.nullable()) {
        schema = Schemas.nullable(schema);
      }
      schema = new LinkedHashMap<>(schema);
      schema.put("title", Schemas.title(param.javaName()));
      if (param.defaultValue() != null) {
        schema.put("default", Defaults.json(param.type().scalar(), param.defaultValue()));
      }
      return schema;
    }

    private String operationId;

    /**
     * A form body as FastAPI describes it: one object component {@code Body_<operationId>} whose
     * properties are the fields (files as binary strings), under {@code multipart/form-data} when
     * there is a file, else {@code application/x-www-form-urlencoded}.
     */
    private Map<String, Object> formBody(List<Param> fields) {
      Map<String, Object> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      boolean files = false;
      for (Param field : fields) {
        if (properties.containsKey(field.wireName())) {
          continue; // two providers reading the same field: one property
        }
        files |= field.type().scalar().isFile();
        Map<String, Object> schema = valueSchema(field);
        String description = descriptions.get(field);
        if (description != null && !description.isEmpty()) {
          schema.put("description", description);
        }
        properties.put(field.wireName(), schema);
        if (field.required()) {
          required.add(field.wireName());
        }
      }
      String name = "Body_" + operationId;
      Map<String, Object> component = Schemas.schema("properties", properties, "type", "object");
      if (!required.isEmpty()) {
        component.put("required", required);
      }
      component.put("title", name);
      return Schemas.schema("content", content(files ? "multipart/form-data" : "application/x-www-form-urlencoded",
          schemas.component(name, component)), "required", !required.isEmpty());
    }

    private Map<String, Object> requestBody() {
      List<Param> fields = params.stream().filter(p -> p.source() == Source.FORM).toList();
      if (!fields.isEmpty()) {
        return formBody(fields);
      }
      List<Param> bodies = params.stream().filter(p -> p.source() == Source.BODY).toList();
      if (bodies.isEmpty()) {
        return null;
      }
      Map<String, Object> schema;
      boolean required;
      if (route.embeddedBody() != null) {
        schema = schemas.of(route.embeddedBody());
        required = true;
      } else {
        Param body = bodies.get(0);
        JsonType type = body.body() instanceof JsonType.OptionalType optional ? optional.element() : body.body();
        schema = schemas.of(type);
        Schemas.constrain(schema, body.constraints());
        required = !body.nullable();
        String description = descriptions.get(body);
        if (description != null && !description.isEmpty()) {
          return Schemas.schema("description", description, "content", json(schema), "required", required);
        }
      }
      return Schemas.schema("content", json(schema), "required", required);
    }

    private Map<String, Object> responses() {
      Map<String, Object> responses = new LinkedHashMap<>();
      Map<String, Object> success = Schemas.schema("description", "Successful Response");
      Result result = route.result();
      switch (result.kind()) {
        case TEXT -> success.put("content", content("text/plain", Schemas.schema("type", "string")));
        case BYTES -> success.put("content", content("application/octet-stream",
            Schemas.schema("type", "string", "format", "binary")));
        case JSON -> success.put("content", json(schemas.of(result.json())));
        case RESPONSE -> {
          if (result.stream() != null) {
            success.put("content", streamed(result));
          } else if (result.json() != null) {
            success.put("content", json(schemas.of(result.json())));
          }
        }
        case STREAM -> success.put("content", streamed(result));
        case NONE -> { }
      }
      responses.put(Integer.toString(route.status()), success);
      if (validates()) {
        responses.put("422", Schemas.schema("description", "Validation Error", "content",
            json(Schemas.ref(ValidationSchemas.HTTP_VALIDATION_ERROR))));
      }
      return responses;
    }

    /**
     * A streamed body: the media type its elements make, with the schema of one element (for an
     * event stream, of one event, its data the route's type), as OpenAPI 3.1 describes sequential media.
     */
    private Map<String, Object> streamed(Result result) {
      return switch (result.stream().elements()) {
        case TEXT -> content("text/plain", Schemas.schema("type", "string",
            "description", "A stream of text, written as it is produced"));
        case BYTES -> content("application/octet-stream", Schemas.schema("type", "string", "format", "binary",
            "description", "A stream of bytes, written as they are produced"));
        case JSON_LINES -> {
          Map<String, Object> item = new LinkedHashMap<>(schemas.of(result.json()));
          item.put("description", "One line of the stream: each element is one JSON document and a newline");
          yield content("application/x-ndjson", item);
        }
        case EVENTS -> content("text/event-stream", Schemas.schema("type", "object",
            "description", "One Server-Sent Event of the stream; its data is JSON (text as it is)",
            "properties", Schemas.schema("data", schemas.of(result.json()), "event", Schemas.schema("type", "string"),
                "id", Schemas.schema("type", "string"), "retry", Schemas.schema("type", "integer")),
            "required", List.of("data")));
      };
    }

    private static Map<String, Object> json(Map<String, Object> schema) {
      return content("application/json", schema);
    }

    private static Map<String, Object> content(String type, Map<String, Object> schema) {
      return Schemas.schema(type, Schemas.schema("schema", schema));
    }
  }
}
