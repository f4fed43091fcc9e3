package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hotpath.processor.Sources.IMPORTS;
import static dev.hotpath.processor.Sources.compile;
import static dev.hotpath.processor.Sources.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.hotpath.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the processor writes: each type shape, constraint and operation detail. */
class OpenApiTest {
  private static final JavaFileObject API = file("test.TestApi", """
      package test;
      /**
       * A test API.
       *
       * <p>With a longer description.
       */
      @dev.hotpath.Api(title = "Test", version = "2.0", controllers = C.class)
      public final class TestApi {}
      """);

  private static JavaFileObject controller(String body) {
    return file("test.C", "package test;\n" + IMPORTS + """
        import jakarta.validation.constraints.*;
        import java.math.*;
        import java.time.*;
        @Controller(value = "/c", tags = "things")
        public class C {
        """ + body + "\n}\n");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(JavaFileObject... sources) throws IOException {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeeded();
    JavaFileObject document = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/hotpath/test.TestApi/openapi.json").orElseThrow();
    try (InputStream in = document.openInputStream()) {
      return (Map<String, Object>) Json.parse(in.readAllBytes());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Object node, String... keys) {
    Object at = node;
    for (String key : keys) {
      at = at instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) at).get(key);
      assertThat(at).as(String.join(".", keys)).isNotNull();
    }
    return (Map<String, Object>) at;
  }

  private static Map<String, Object> schema(Map<String, Object> document, String component) {
    return at(document, "components", "schemas", component);
  }

  private static Map<String, Object> property(Map<String, Object> document, String component, String name) {
    return at(schema(document, component), "properties", name);
  }

  @Test
  void infoComesFromTheApiAndItsJavadoc() throws IOException {
    Map<String, Object> document = document(controller("@Get(\"/a\") public String a() { return \"\"; }"), API);
    assertThat(document.get("openapi")).isEqualTo("3.1.0");
    assertThat(document.get("info")).isEqualTo(Map.of("title", "Test", "version", "2.0",
        "description", "A test API.\n\n<p>With a longer description."));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyTypeShapeHasItsSchema() throws IOException {
    JavaFileObject types = file("test.T", "package test;\n" + IMPORTS + """
        import java.math.*;
        import java.time.*;
        public record T(int i, long l, double d, float f, boolean b, String s, BigDecimal decimal, BigInteger big,
            UUID id, LocalDate day, LocalTime time, LocalDateTime local, OffsetDateTime offset, Instant at,
            Duration took, byte[] data, Color color, List<String> names, Set<Integer> unique,
            Map<String, Integer> counts, Map<Color, Integer> byColor, Optional<String> maybe,
            @dev.hotpath.processor.Nullable Integer orNull, Object any, int[] numbers, T child, Page<Color> page) {
          public enum Color { RED, GREEN }
          public record Page<X>(List<X> items, int total) {}
        }
        """);
    JavaFileObject nullable = file("dev.hotpath.processor.Nullable", """
        package dev.hotpath.processor;
        @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE_USE, java.lang.annotation.ElementType.PARAMETER,
            java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD})
        public @interface Nullable {}
        """);
    Map<String, Object> document = document(controller("@Post(\"/t\") public T t(T body) { return body; }"), API,
        types, nullable);
    Map<String, Object> t = schema(document, "T");
    assertThat(t).containsEntry("type", "object").containsEntry("title", "T");
    assertThat((List<Object>) t.get("required")).contains("i", "s", "child", "page").doesNotContain("maybe", "orNull");
    Map<String, Map<String, Object>> expected = Map.ofEntries(
        Map.entry("i", Map.of("type", "integer", "format", "int32", "title", "I")),
        Map.entry("l", Map.of("type", "integer", "format", "int64", "title", "L")),
        Map.entry("d", Map.of("type", "number", "format", "double", "title", "D")),
        Map.entry("f", Map.of("type", "number", "format", "float", "title", "F")),
        Map.entry("b", Map.of("type", "boolean", "title", "B")),
        Map.entry("decimal", Map.of("type", "number", "title", "Decimal")),
        Map.entry("big", Map.of("type", "integer", "title", "Big")),
        Map.entry("id", Map.of("type", "string", "format", "uuid", "title", "Id")),
        Map.entry("day", Map.of("type", "string", "format", "date", "title", "Day")),
        Map.entry("time", Map.of("type", "string", "format", "time", "title", "Time")),
        Map.entry("local", Map.of("type", "string", "format", "date-time", "title", "Local")),
        Map.entry("offset", Map.of("type", "string", "format", "date-time", "title", "Offset")),
        Map.entry("at", Map.of("type", "string", "format", "date-time", "title", "At")),
        Map.entry("took", Map.of("type", "string", "format", "duration", "title", "Took")),
        Map.entry("data", Map.of("type", "string", "contentEncoding", "base64", "title", "Data")),
        Map.entry("color", Map.of("$ref", "#/components/schemas/T_Color", "title", "Color")),
        Map.entry("names", Map.of("type", "array", "items", Map.of("type", "string"), "title", "Names")),
        Map.entry("unique", Map.of("type", "array", "items", Map.of("type", "integer", "format", "int32"),
            "uniqueItems", true, "title", "Unique")),
        Map.entry("counts", Map.of("type", "object", "additionalProperties",
            Map.of("type", "integer", "format", "int32"), "title", "Counts")),
        Map.entry("byColor", Map.of("type", "object", "additionalProperties",
            Map.of("type", "integer", "format", "int32"), "propertyNames", Map.of("$ref", "#/components/schemas/T_Color"),
            "title", "By Color")),
        Map.entry("maybe", Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "null")), "title", "Maybe")),
        Map.entry("orNull", Map.of("anyOf", List.of(Map.of("type", "integer", "format", "int32"), Map.of("type", "null")),
            "title", "Or Null")),
        Map.entry("any", Map.of("title", "Any")),
        Map.entry("numbers", Map.of("type", "array", "items", Map.of("type", "integer", "format", "int32"),
            "title", "Numbers")),
        Map.entry("child", Map.of("$ref", "#/components/schemas/T", "title", "Child")),
        Map.entry("page", Map.of("$ref", "#/components/schemas/Page_Color", "title", "Page")));
    expected.forEach((name, schema) -> assertThat(property(document, "T", name)).as(name).isEqualTo(schema));
    assertThat(schema(document, "T_Color")).isEqualTo(Map.of("title", "Color", "type", "string",
        "enum", List.of("RED", "GREEN")));
    assertThat(property(document, "Page_Color", "items")).isEqualTo(Map.of("type", "array",
        "items", Map.of("$ref", "#/components/schemas/T_Color"), "title", "Items"));
  }

  @Test
  void constraintsBecomeJsonSchemaKeywords() throws IOException {
    JavaFileObject types = file("test.K", "package test;\n" + IMPORTS + """
        import jakarta.validation.constraints.*;
        import java.math.*;
        /**
         * Constrained.
         *
         * @param text a text
         */
        public record K(@NotBlank @Size(max = 10) String text, @Size(min = 2, max = 3) List<@Size(max = 4) String> tags,
            @NotEmpty Map<String, Integer> counts, @Min(1) @Max(9) int digit, @Positive BigDecimal price,
            @PositiveOrZero long stock, @Negative int below, @NegativeOrZero int notAbove,
            @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") double ratio,
            @Pattern(regexp = "[a-z]+") String slug, @Email String email) {}
        """);
    Map<String, Object> document = document(controller("@Post(\"/k\") public void k(K body) {}"), API, types);
    assertThat(schema(document, "K").get("description")).isEqualTo("Constrained.");
    assertThat(property(document, "K", "text")).containsEntry("minLength", 1L).containsEntry("maxLength", 10L)
        .containsEntry("pattern", "\\S").containsEntry("description", "a text");
    assertThat(property(document, "K", "tags")).containsEntry("minItems", 2L).containsEntry("maxItems", 3L)
        .containsEntry("items", Map.of("type", "string", "maxLength", 4L));
    assertThat(property(document, "K", "counts")).containsEntry("minProperties", 1L);
    assertThat(property(document, "K", "digit")).containsEntry("minimum", 1L).containsEntry("maximum", 9L);
    assertThat(property(document, "K", "price")).containsEntry("exclusiveMinimum", 0L);
    assertThat(property(document, "K", "stock")).containsEntry("minimum", 0L);
    assertThat(property(document, "K", "below")).containsEntry("exclusiveMaximum", 0L);
    assertThat(property(document, "K", "notAbove")).containsEntry("maximum", 0L);
    assertThat(property(document, "K", "ratio")).containsEntry("exclusiveMinimum", 0.5).containsEntry("maximum", 99.5);
    assertThat(property(document, "K", "slug")).containsEntry("pattern", "^(?:[a-z]+)$");
    assertThat(property(document, "K", "email")).containsEntry("format", "email");
  }

  @Test
  void operationsSayWhatTheJavadocAndAnnotationsSay() throws IOException {
    Map<String, Object> document = document(controller("""
        /**
         * Reads one thing. Then says more.
         *
         * <p>Much more.
         *
         * @param id the thing's id
         * @param verbose whether to say everything
         */
        @Get(value = "/things/{id}", tags = "reads")
        public String read(long id, @Default("false") boolean verbose, @Header("X-Trace") Optional<String> trace,
            @Cookie @Min(1) @Default("5") int size) { return ""; }

        /** Ignored first sentence. Rest. */
        @Post(value = "/things", summary = "Creates a thing", status = 201, deprecated = true)
        public byte[] create(@Body String name, @Body int size) { return new byte[0]; }

        @Deprecated
        @Delete("/things/{id}")
        public void deleteThing(long id) {}

        @Get("/ping")
        public CompletionStage<Response<String>> ping() { return null; }
        """), API);
    Map<String, Object> read = at(document, "paths", "/c/things/{id}", "get");
    assertThat(read).containsEntry("summary", "Reads one thing.")
        .containsEntry("description", "Then says more.\n\n<p>Much more.")
        .containsEntry("operationId", "read_c_things__id__get").containsEntry("tags", List.of("things", "reads"))
        .doesNotContainKey("deprecated");
    assertThat((List<?>) read.get("parameters")).isEqualTo(List.of(
        Map.of("name", "id", "in", "path", "required", true, "description", "the thing's id",
            "schema", Map.of("type", "integer", "format", "int64", "title", "Id")),
        Map.of("name", "verbose", "in", "query", "required", false, "description", "whether to say everything",
            "schema", Map.of("type", "boolean", "title", "Verbose", "default", false)),
        Map.of("name", "X-Trace", "in", "header", "required", false,
            "schema", Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "null")), "title", "Trace")),
        Map.of("name", "size", "in", "cookie", "required", false,
            "schema", Map.of("type", "integer", "format", "int32", "minimum", 1L, "title", "Size", "default", 5L))));
    assertThat(at(read, "responses", "200", "content", "text/plain", "schema")).isEqualTo(Map.of("type", "string"));
    assertThat(at(read, "responses", "422", "content", "application/json", "schema"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/HTTPValidationError"));

    Map<String, Object> create = at(document, "paths", "/c/things", "post");
    assertThat(create).containsEntry("summary", "Creates a thing").containsEntry("deprecated", true)
        .containsEntry("description", "Ignored first sentence.\n\nRest.");
    assertThat(at(create, "requestBody", "content", "application/json", "schema"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/BodyOfCCreate"));
    assertThat((List<?>) schema(document, "BodyOfCCreate").get("required")).isEqualTo(List.of("name", "size"));
    assertThat(at(create, "responses", "201", "content", "application/octet-stream", "schema"))
        .isEqualTo(Map.of("type", "string", "format", "binary"));

    Map<String, Object> delete = at(document, "paths", "/c/things/{id}", "delete");
    assertThat(delete).containsEntry("summary", "Delete Thing").containsEntry("deprecated", true);
    assertThat(at(delete, "responses", "204")).isEqualTo(Map.of("description", "Successful Response"));

    Map<String, Object> ping = at(document, "paths", "/c/ping", "get");
    assertThat(at(ping, "responses").keySet()).as("no parameters, no 422").containsExactly("200");
    assertThat(schema(document, "ValidationError")).containsEntry("required", List.of("loc", "msg", "type"));
  }

  @Test
  void aRouteListsTheParametersItsProvidersRead() throws IOException {
    JavaFileObject providers = file("test.P", "package test;\n" + IMPORTS + """
        public class P {
          /** @param authorization the bearer token */
          @Provides public User user(@Header String authorization, @Query("tenant") Optional<String> tenant) {
            return null;
          }
        }
        record User(String name) {}
        """);
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = C.class, providers = P.class)
        public final class TestApi {}
        """);
    Map<String, Object> document = document(controller("@Get(\"/me\") public String me(User user, int page) { return \"\"; }"),
        api, providers);
    List<?> parameters = (List<?>) at(document, "paths", "/c/me", "get").get("parameters");
    assertThat(parameters).extracting(p -> ((Map<?, ?>) p).get("in") + " " + ((Map<?, ?>) p).get("name"))
        .containsExactly("query tenant", "query page", "header authorization");
    assertThat(parameters.get(2)).isEqualTo(Map.of("name", "authorization", "in", "header", "required", true,
        "description", "the bearer token", "schema", Map.of("type", "string", "title", "Authorization")));
  }

  @Test
  void formBodiesAreOneObjectComponentAndFilesAreBinary() throws IOException {
    Map<String, Object> document = document(API, controller("""
        /**
         * Signs in.
         *
         * @param remember keep the session
         */
        @Post("/login") public String login(@Form @Size(min = 3) String username, @Form @Default("false") boolean remember,
            @Form Optional<Integer> age) { return ""; }
        @Post("/upload") public String upload(@Form("file") FileUpload avatar, @Form List<FileUpload> more,
            @Form String caption) { return ""; }
        """));
    Map<String, Object> login = at(document, "paths", "/c/login", "post");
    assertThat(login).doesNotContainKey("parameters");
    String loginId = (String) login.get("operationId");
    assertThat(at(login, "requestBody")).isEqualTo(Map.of("required", true, "content",
        Map.of("application/x-www-form-urlencoded", Map.of("schema", Map.of("$ref",
            "#/components/schemas/Body_" + loginId)))));
    assertThat(schema(document, "Body_" + loginId)).isEqualTo(Map.of("type", "object", "title", "Body_" + loginId,
        "required", List.of("username"), "properties", Map.of(
            "username", Map.of("type", "string", "minLength", 3L, "title", "Username"),
            "remember", Map.of("type", "boolean", "title", "Remember", "default", false,
                "description", "keep the session"),
            "age", Map.of("anyOf", List.of(Map.of("type", "integer", "format", "int32"), Map.of("type", "null")),
                "title", "Age"))));
    assertThat(at(login, "responses", "422")).isNotNull();

    Map<String, Object> upload = at(document, "paths", "/c/upload", "post");
    String uploadId = (String) upload.get("operationId");
    assertThat(at(upload, "requestBody", "content", "multipart/form-data", "schema"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/Body_" + uploadId));
    assertThat(schema(document, "Body_" + uploadId)).containsEntry("required", List.of("file", "more", "caption"));
    assertThat(property(document, "Body_" + uploadId, "file"))
        .isEqualTo(Map.of("type", "string", "format", "binary", "title", "Avatar"));
    assertThat(property(document, "Body_" + uploadId, "more")).isEqualTo(Map.of("type", "array",
        "items", Map.of("type", "string", "format", "binary"), "title", "More"));
  }

  @Test
  void streamsAndEventStreamsDescribeOneElement() throws IOException {
    Map<String, Object> document = document(API, controller("""
        public record Tick(long n) {}
        @Get("/lines") public java.util.stream.Stream<Tick> lines() { return null; }
        @Get("/text") public java.util.concurrent.Flow.Publisher<String> text() { return null; }
        @Get("/events") public java.util.concurrent.Flow.Publisher<ServerSentEvent<Tick>> events() { return null; }
        """));
    Map<String, Object> lines = at(document, "paths", "/c/lines", "get", "responses", "200", "content",
        "application/x-ndjson", "schema");
    assertThat(lines).containsEntry("$ref", "#/components/schemas/Tick");
    assertThat(at(document, "paths", "/c/text", "get", "responses", "200", "content", "text/plain", "schema"))
        .containsEntry("type", "string");
    Map<String, Object> event = at(document, "paths", "/c/events", "get", "responses", "200", "content",
        "text/event-stream", "schema");
    assertThat(event).containsEntry("type", "object").containsEntry("required", List.of("data"));
    assertThat(at(event, "properties", "data")).isEqualTo(Map.of("$ref", "#/components/schemas/Tick"));
  }
}
