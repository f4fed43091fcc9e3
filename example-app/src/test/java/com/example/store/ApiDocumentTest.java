package com.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hotpath.json.Json;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store's OpenAPI document: a valid OpenAPI 3.1 document (swagger-parser), every schema valid
 * JSON Schema 2020-12 (networknt), the server's real answers valid against what it documents, and a
 * golden copy checked in so that changes show in review ({@code -Dhotpath.golden.update=true}
 * rewrites it).
 */
class ApiDocumentTest {
  private static final String RESOURCE = "META-INF/hotpath/com.example.store.StoreApp/openapi.json";
  private static final Path GOLDEN = Path.of("src/test/resources/openapi.json");
  private final ItemRepository repository = ItemRepository.inMemory("docs-" + UUID.randomUUID());
  private final TestClient client;

  ApiDocumentTest() {
    StoreApp.seed(repository);
    client = TestClient.of(StoreApp.configure(repository, new Mailer()));
  }

  @AfterEach
  void close() {
    client.close();
    repository.close();
  }

  private static String document() throws IOException {
    try (InputStream in = ApiDocumentTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  @Test
  void theDocumentIsAValidOpenApi31Document() throws IOException {
    SwaggerParseResult result = parse(document());
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getInfo().getTitle()).isEqualTo("Example store");
    long operations = api.getPaths().values().stream().mapToLong(path -> path.readOperations().size()).sum();
    UserRepository users = new UserRepository();
    StoreAppRouter router = new StoreAppRouter(
        new ItemController(repository, new RateService(), new Mailer(), new ItemEvents()),
        new UserController(users), new HealthController(), new StoreProviders(repository, users));
    assertThat(operations).as("one operation per route of the router").isEqualTo(router.routes().size());
  }

  @Test
  void theValidatorRefusesABrokenDocument() throws IOException {
    String broken = document().replaceFirst("\"in\": \"path\"", "\"in\": \"body\"").replaceFirst("\"responses\"",
        "\"answers\"");
    assertThat(parse(broken).getMessages()).isNotEmpty();
  }

  @Test
  void everySchemaIsValidJsonSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    @SuppressWarnings("unchecked")
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
        Json.parse(document().getBytes(StandardCharsets.UTF_8))).get("components")).get("schemas");
    assertThat(schemas).containsKeys("Item", "NewItem", "Page_Item", "Price", "User", "Currency", "HTTPValidationError",
        "ValidationError");
    for (Map.Entry<String, Object> schema : schemas.entrySet()) {
      List<Error> errors = metaSchema.validate(json(schema.getValue()), InputFormat.JSON);
      assertThat(errors).as(schema.getKey()).isEmpty();
    }
    assertThat(metaSchema.validate("{\"type\": 12, \"minLength\": -1}", InputFormat.JSON)).as("it can fail").isNotEmpty();
  }

  @Test
  void theServerAnswersAsItsDocumentSays() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of("urn:store", uncheckedDocument())));
    String alice = "Bearer alice-token";
    assertValid(registry, "Page_Item", client.get("/items/?limit=2").send(), 200);
    assertValid(registry, "Item", client.get("/items/2").send(), 200);
    assertValid(registry, "Price", client.get("/items/2/price").header("X-Currency", "USD").send(), 200);
    assertValid(registry, "User", client.get("/users/me").header("Authorization", alice).send(), 200);
    assertValid(registry, "HTTPValidationError", client.get("/items/x").send(), 422);
    assertValid(registry, "HTTPValidationError", client.post("/items/").body("application/json",
        "{\"name\":\" \",\"price\":-1,\"tags\":[\"\"]}").send(), 422);
    assertValid(registry, "HTTPValidationError", client.get("/items/?limit=500&offset=-1").send(), 422);
    Schema newItem = registry.getSchema(SchemaLocation.of("urn:store#/components/schemas/NewItem"));
    assertThat(newItem.validate("{\"name\":\" \",\"price\":-1,\"tags\":[\"\"]}", InputFormat.JSON))
        .as("what the server refuses, the document refuses").isNotEmpty();
    assertThat(newItem.validate("{\"name\":\"Cup\",\"price\":2.5,\"tags\":[\"cups\"]}", InputFormat.JSON)).isEmpty();
  }

  private static void assertValid(SchemaRegistry registry, String component, TestResponse response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    Schema schema = registry.getSchema(SchemaLocation.of("urn:store#/components/schemas/" + component));
    assertThat(schema.validate(response.body(), InputFormat.JSON)).as(component + ": " + response.body()).isEmpty();
  }

  @Test
  void theServedDocumentIsTheCompiledOne() throws IOException {
    TestResponse served = client.get("/openapi.json").send();
    assertThat(served.json()).isEqualTo(Json.parse(document().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDocumentMatchesItsGoldenCopy() throws IOException {
    String actual = document();
    if (Boolean.getBoolean("hotpath.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static String uncheckedDocument() {
    try {
      return document();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String json(Object value) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Json.write(json -> Json.writeValue(json, value), out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
