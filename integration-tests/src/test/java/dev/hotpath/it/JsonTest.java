package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies, results and their 422s, through the generated codecs and TestClient. Errors come in
 * the order of the type's fields, as pydantic validates them.
 */
class JsonTest {
  private static final String JSON = "application/json";
  private final TestClient client = TestClient.of(Apis.router());

  @AfterEach
  void close() {
    client.close();
  }

  private TestResponse post(String path, String body) {
    return client.post(path).body(JSON, body).send();
  }

  private static List<Map<String, Object>> details(TestResponse response) {
    return ParamsTest.details(response);
  }

  @Test
  void decodesValidatesAndEncodes() {
    TestResponse response = post("/json/items",
        "{\"name\":\"Cup\",\"price\":7.5,\"tags\":[\"a\",\"b\"],\"owner\":{\"id\":\"abc\",\"email\":\"a@b.c\"},\"x\":[1]}");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("content-type")).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo("{\"id\":1,\"name\":\"Cup\",\"price\":7.5,\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void fieldsLeftOutWhenNullAndNamesThatNeedEscapingAreExactBytes() {
    String odd = "\"tab\\tnew\\nline\\u0001\\u2028\\\\é\"";
    assertThat(post("/json/sparse", "{}").body()).isEqualTo("{}");
    assertThat(post("/json/sparse", "{\"b\":{\"always\":1}}").body()).isEqualTo("{\"b\":{\"always\":1}}");
    assertThat(post("/json/sparse", "{\"b\":{\"second\":2,\"always\":1," + odd + ":\"o\"}}").body())
        .isEqualTo("{\"b\":{\"second\":2,\"always\":1," + odd + ":\"o\"}}");
    assertThat(post("/json/sparse", "{\"a\":\"z\",\"b\":{\"first \\\"quoted\\\"\":\"f\",\"always\":0,\"last\":[]}}")
        .body()).isEqualTo("{\"a\":\"z\",\"b\":{\"first \\\"quoted\\\"\":\"f\",\"always\":0,\"last\":[]}}");
  }

  @Test
  void missingFieldsNameTheFieldAndGiveTheEnclosingObjectAsInput() {
    TestResponse response = post("/json/items", "{\"name\":\"Cup\",\"owner\":{\"id\":\"abc\"}}");
    assertThat(details(response)).containsExactly(
        Map.of("type", "missing", "loc", List.of("body", "price"), "msg", "Field required",
            "input", Map.of("name", "Cup", "owner", Map.of("id", "abc"))),
        Map.of("type", "missing", "loc", List.of("body", "tags"), "msg", "Field required",
            "input", Map.of("name", "Cup", "owner", Map.of("id", "abc"))),
        Map.of("type", "missing", "loc", List.of("body", "owner", "email"), "msg", "Field required",
            "input", Map.of("id", "abc")));
  }

  @Test
  void wrongTypesAreReportedWithTheRawInput() {
    TestResponse response = post("/json/items",
        "{\"name\":5,\"price\":\"cheap\",\"tags\":\"x\",\"owner\":[1],\"stock\":1.5}");
    assertThat(details(response)).extracting(e -> e.get("type"), e -> e.get("loc"), e -> e.get("input"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("string_type", List.of("body", "name"), 5L),
            org.assertj.core.groups.Tuple.tuple("decimal_parsing", List.of("body", "price"), "cheap"),
            org.assertj.core.groups.Tuple.tuple("list_type", List.of("body", "tags"), "x"),
            org.assertj.core.groups.Tuple.tuple("int_from_float", List.of("body", "stock"), 1.5),
            org.assertj.core.groups.Tuple.tuple("model_attributes_type", List.of("body", "owner"), List.of(1L)));
  }

  @Test
  void everyConstraintViolationInOneAnswer() {
    TestResponse response = post("/json/items", "{\"name\":\"   \",\"price\":-1,\"tags\":[\"a\",\"\",\"c\",\"d\"],"
        + "\"owner\":{\"id\":\"ABCD\",\"email\":\"nobody\"}}");
    assertThat(details(response)).extracting(e -> e.get("type"), e -> e.get("loc")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("string_too_short", List.of("body", "name")),
        org.assertj.core.groups.Tuple.tuple("greater_than", List.of("body", "price")),
        org.assertj.core.groups.Tuple.tuple("too_long", List.of("body", "tags")),
        org.assertj.core.groups.Tuple.tuple("string_too_short", List.of("body", "tags", 1L)),
        org.assertj.core.groups.Tuple.tuple("string_pattern_mismatch", List.of("body", "owner", "id")),
        org.assertj.core.groups.Tuple.tuple("value_error", List.of("body", "owner", "email")));
    Map<String, Object> tooLong = details(response).get(2);
    assertThat(tooLong).containsEntry("msg", "List should have at most 3 items after validation, not 4")
        .containsEntry("ctx", Map.of("field_type", "List", "max_length", 3L, "actual_length", 4L));
    assertThat(details(response).get(1)).containsEntry("msg", "Input should be greater than 0")
        .containsEntry("ctx", Map.of("gt", 0L)).containsEntry("input", -1L);
  }

  @Test
  void decimalBoundsAndLengths() {
    TestResponse response = post("/json/items", "{\"name\":\"" + "x".repeat(21) + "\",\"price\":10000.01,"
        + "\"tags\":[],\"owner\":{\"id\":\"abc\",\"email\":\"a@b\"}}");
    assertThat(details(response)).extracting(e -> e.get("type"), e -> e.get("ctx")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("string_too_long", Map.of("max_length", 20L)),
        org.assertj.core.groups.Tuple.tuple("less_than_equal", Map.of("le", 10000L)));
  }

  @Test
  void malformedJsonIsJsonInvalidWithItsOffset() {
    TestResponse response = post("/json/items", "{\"name\": \"Cup\",");
    Map<String, Object> error = ParamsTest.onlyError(response);
    assertThat(error).containsEntry("type", "json_invalid").containsEntry("msg", "JSON decode error")
        .containsEntry("input", Map.of());
    assertThat((List<?>) error.get("loc")).first().isEqualTo("body");
    assertThat(((Map<?, ?>) error.get("ctx")).get("error")).isNotNull();
    for (String bad : new String[] {"{", "[1,", "nul", "{\"a\" 1}", "\"\\u12\"", "{} {}", "{\"a\":1}x"}) {
      assertThat(ParamsTest.onlyError(post("/json/items", bad))).as(bad).containsEntry("type", "json_invalid");
    }
  }

  @Test
  void emptyBodyIsAMissingBody() {
    TestResponse response = client.post("/json/items").header("Content-Type", JSON).send();
    assertThat(ParamsTest.onlyError(response)).containsEntry("type", "missing").containsEntry("loc", List.of("body"));
  }

  @Test
  void otherContentTypesAre415AndAMissingOneIsJson() {
    TestResponse response = client.post("/json/items").body("text/plain", "{}").send();
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.body()).startsWith("{\"detail\":\"Unsupported Media Type");
    TestResponse vendor = client.post("/json/bytes-body").body("application/vnd.api+json; charset=utf-8", "[\"a\"]")
        .send();
    assertThat(vendor.body()).isEqualTo("1");
    TestResponse none = client.request("POST", "/json/bytes-body").send();
    assertThat(ParamsTest.onlyError(none)).containsEntry("loc", List.of("body"));
  }

  @Test
  void responsesFuturesAndPathParametersTogether() {
    TestResponse response = client.put("/json/items/9").body(JSON,
        "{\"name\":\"Pot\",\"price\":\"34.90\",\"tags\":[],\"owner\":{\"id\":\"xyz\",\"email\":\"x@y\"}}").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("x-id")).isEqualTo("9");
    assertThat(response.body()).isEqualTo("{\"id\":9,\"name\":\"Pot\",\"price\":34.90,\"tags\":[]}");
  }

  /**
   * Locations deep in lists and maps, the failing value an object or array itself, fields out of
   * declaration order and an unknown one: each error where pydantic puts it, in pydantic's order.
   */
  @Test
  void errorsDeepInListsAndMapsCarryTheirWholeLocation() {
    TestResponse response = post("/json/sample", "{\"nested\":{\"children\":[{\"amount\":1,\"children\":[]},"
        + "{\"amount\":\"x\",\"children\":[{\"children\":[]}]}],\"amount\":2},"
        + "\"counts\":{\"a\":1,\"b\":\"two\",\"c\":[1]},\"tags\":[\"a\",{\"x\":1},3],\"color\":\"PINK\","
        + "\"extra\":{\"ignored\":[1,{\"deep\":null}]},\"text\":\"t\",\"number\":1,\"ratio\":0.5,\"flag\":true}");
    assertThat(details(response)).extracting(e -> e.get("type"), e -> e.get("loc"), e -> e.get("input"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("string_type", List.of("body", "tags", 1L), Map.of("x", 1L)),
            org.assertj.core.groups.Tuple.tuple("string_type", List.of("body", "tags", 2L), 3L),
            org.assertj.core.groups.Tuple.tuple("int_parsing", List.of("body", "counts", "b"), "two"),
            org.assertj.core.groups.Tuple.tuple("int_type", List.of("body", "counts", "c"), List.of(1L)),
            org.assertj.core.groups.Tuple.tuple("enum", List.of("body", "color"), "PINK"),
            org.assertj.core.groups.Tuple.tuple("decimal_parsing",
                List.of("body", "nested", "children", 1L, "amount"), "x"),
            org.assertj.core.groups.Tuple.tuple("missing",
                List.of("body", "nested", "children", 1L, "children", 0L, "amount"), Map.of("children", List.of())));
  }

  /** Found by the pipeline fuzzer: a body jackson-core took for UTF-32 was a 500, not a 422. */
  @Test
  void jsonIsUtf8AndABodyThatLooksLikeUtf32IsMalformed() {
    TestResponse response = client.post("/json/items").body(JSON, new byte[] {'{', 0, 0, 0, '"', 'n', '"', ':', '1', '}'})
        .send();
    assertThat(ParamsTest.onlyError(response)).containsEntry("type", "json_invalid");
  }

  @Test
  void genericTypesAtAConcreteSiteAndQueryConstraints() {
    assertThat(client.get("/json/items?size=1&q=hello").send().body())
        .isEqualTo("{\"items\":[{\"id\":1,\"name\":\"hello\",\"price\":1,\"tags\":[]}],\"page\":1,\"total\":1}");
    TestResponse response = client.get("/json/items?size=0&q=h").send();
    assertThat(details(response)).extracting(e -> e.get("type"), e -> e.get("loc"), e -> e.get("input"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("greater_than_equal", List.of("query", "size"), 0L),
            org.assertj.core.groups.Tuple.tuple("string_too_short", List.of("query", "q"), "h"));
  }

  @Test
  void recursiveTypes() {
    assertThat(client.get("/json/tree").send().body())
        .isEqualTo("{\"label\":\"root\",\"children\":[{\"label\":\"leaf\",\"children\":[]}]}");
  }

  @Test
  void scalarsRoundTrip() {
    String everything = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"at\":\"2024-01-31T12:00:00Z\","
        + "\"day\":\"2024-02-29\",\"bytes\":\"AQID\",\"ratio\":0.25,\"missing\":null,\"color\":\"GREEN\","
        + "\"counts\":{\"RED\":1,\"BLUE\":2},\"text\":\"h\\u00e9\",\"any\":{\"a\":[1,true,null]}}";
    TestResponse response = post("/json/everything", everything.replace("\"missing\":null,", "\"missing\":2.5,"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json()).isEqualTo(client.post("/json/everything").body(JSON,
        everything.replace("\"missing\":null,", "\"missing\":2.5,")).send().json());
    assertThat(response.body()).contains("\"bytes\":\"AQID\"").contains("\"at\":\"2024-01-31T12:00:00Z\"")
        .contains("\"counts\":{\"RED\":1,\"BLUE\":2}").contains("\"any\":{\"a\":[1,true,null]}");
    TestResponse required = post("/json/everything", everything);
    assertThat(ParamsTest.onlyError(required)).containsEntry("type", "float_type")
        .containsEntry("loc", List.of("body", "missing"));
    TestResponse badEnumKey = post("/json/everything", everything.replace("\"missing\":null,", "\"missing\":2.5,")
        .replace("\"RED\":1", "\"PINK\":1"));
    assertThat(ParamsTest.onlyError(badEnumKey)).containsEntry("type", "enum")
        .containsEntry("loc", List.of("body", "counts", "PINK"));
  }

  /** As README says: jackson-core's custom-escape path writes the halves of a non-BMP character as escapes. */
  @Test
  void charactersBeyondTheBmpAreWrittenAsSurrogateEscapesAndOthersAsUtf8() {
    assertThat(post("/json/sparse", "{\"a\":\"é 中 \uD83D\uDE00\"}").body()).isEqualTo("{\"a\":\"é 中 \\uD83D\\uDE00\"}");
  }

  @Test
  void nanAndInfinitiesAreWrittenAsNull() {
    assertThat(client.get("/json/weird-numbers").send().body()).isEqualTo("[null,null,1.5,null]");
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    String body = client.get("/json/text-escapes").send().body();
    assertThat(body).isEqualTo("{\"text\":\"line\\nbreak \\u0001 \\u2028 \\u2029 \\\"quoted\\\" </script>\"}");
  }

  @Test
  void objectValuesAreEncodedByRunTimeType() {
    assertThat(client.get("/json/dynamic").send().body()).isEqualTo("{\"item\":{\"id\":7,\"name\":\"seven\","
        + "\"price\":7.00,\"tags\":[\"x\"]},\"numbers\":[1,2.5],\"nothing\":null,\"color\":\"RED\"}");
    TestResponse unencodable = client.get("/json/unencodable").send();
    assertThat(unencodable.status()).isEqualTo(500);
    assertThat(unencodable.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
    assertThat(client.get("/json/response-any?text=true").send().body()).isEqualTo("plain");
    TestResponse list = client.get("/json/response-any?text=false").send();
    assertThat(list.status()).isEqualTo(202);
    assertThat(list.body()).isEqualTo("[{\"label\":\"t\",\"children\":[]}]");
  }

  @Test
  void jacksonAnnotationsAreHonoured() {
    TestResponse response = post("/json/renamed", "{\"full_name\":\"Ada\",\"secret\":\"s\",\"fullName\":\"no\"}");
    assertThat(response.body()).isEqualTo("{\"full_name\":\"Ada\"}");
    assertThat(post("/json/account", "{\"owner\":\"ada\",\"balance\":41}").body())
        .isEqualTo("{\"owner\":\"ada\",\"balance\":42}");
  }

  @Test
  void classesWithPublicFields() {
    assertThat(post("/json/settings", "{\"dark\":true,\"languages\":[\"en\"]}").body())
        .isEqualTo("{\"dark\":true,\"languages\":[\"en\"]}");
    assertThat(ParamsTest.onlyError(post("/json/settings", "{\"dark\":true,\"languages\":[]}")))
        .containsEntry("type", "too_short").containsEntry("loc", List.of("body", "languages"));
  }

  @Test
  void optionalBodies() {
    assertThat(client.post("/json/optional-body").send().body()).isEqualTo("none");
    assertThat(post("/json/optional-body", "[1,2]").body()).isEqualTo("[1, 2]");
  }

  @Test
  void severalBodyParametersAreEmbeddedByName() {
    String item = "{\"id\":1,\"name\":\"Cup\",\"price\":2,\"tags\":[]}";
    assertThat(post("/json/embedded", "{\"item\":" + item + ",\"importance\":5,\"note\":\"hi\"}").body())
        .isEqualTo("Cup 5 hi");
    assertThat(post("/json/embedded", "{\"item\":" + item + ",\"importance\":5}").body()).isEqualTo("Cup 5 -");
    TestResponse invalid = post("/json/embedded", "{\"item\":{\"id\":\"x\"},\"importance\":0}");
    assertThat(details(invalid)).extracting(e -> e.get("type"), e -> e.get("loc")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("int_parsing", List.of("body", "item", "id")),
        org.assertj.core.groups.Tuple.tuple("missing", List.of("body", "item", "name")),
        org.assertj.core.groups.Tuple.tuple("missing", List.of("body", "item", "price")),
        org.assertj.core.groups.Tuple.tuple("missing", List.of("body", "item", "tags")),
        org.assertj.core.groups.Tuple.tuple("greater_than_equal", List.of("body", "importance")));
  }

  @Test
  void aScalarMarkedBodyIsEmbeddedToo() {
    assertThat(post("/json/single-scalar", "{\"text\":\"hello\"}").body()).isEqualTo("hello");
    assertThat(ParamsTest.onlyError(post("/json/single-scalar", "\"hello\"")))
        .containsEntry("type", "model_attributes_type").containsEntry("loc", List.of("body"));
  }

  @Test
  void everyRemainingErrorTypeAndConstraint() {
    String valid = "{\"flag\":true,\"ratio\":1,\"counts\":{\"a\":1},\"data\":\"AQID\","
        + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"day\":\"2024-01-01\",\"negative\":-1,"
        + "\"notPositive\":0,\"notNegative\":0,\"half\":0.6,\"label\":\"x\",\"range\":3}";
    assertThat(post("/json/kinds", valid).body()).isEqualTo("ok 3");
    String invalid = "{\"flag\":\"maybe\",\"ratio\":[1],\"counts\":[],\"data\":\"%%%\",\"id\":\"nope\","
        + "\"day\":20240101,\"negative\":0,\"notPositive\":1,\"notNegative\":-1,\"half\":0.5,\"label\":\"\","
        + "\"range\":6}";
    assertThat(details(post("/json/kinds", invalid))).extracting(e -> e.get("type"), e -> e.get("msg")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("bool_parsing", "Input should be a valid boolean, unable to interpret input"),
        org.assertj.core.groups.Tuple.tuple("float_type", "Input should be a valid number"),
        org.assertj.core.groups.Tuple.tuple("dict_type", "Input should be a valid dictionary"),
        org.assertj.core.groups.Tuple.tuple("base64_decode",
            "Base64 decoding error: 'Illegal base64 character 25'"),
        org.assertj.core.groups.Tuple.tuple("uuid_parsing",
            "Input should be a valid UUID, invalid character or length, expected 8-4-4-4-12 hexadecimal digits"),
        org.assertj.core.groups.Tuple.tuple("string_type", "Input should be a valid string"),
        org.assertj.core.groups.Tuple.tuple("less_than", "Input should be less than 0"),
        org.assertj.core.groups.Tuple.tuple("less_than_equal", "Input should be less than or equal to 0"),
        org.assertj.core.groups.Tuple.tuple("greater_than_equal", "Input should be greater than or equal to 0"),
        org.assertj.core.groups.Tuple.tuple("greater_than", "Input should be greater than 0.5"),
        org.assertj.core.groups.Tuple.tuple("string_too_short", "String should have at least 1 character"),
        org.assertj.core.groups.Tuple.tuple("less_than_equal", "Input should be less than or equal to 5"));
    assertThat(details(post("/json/kinds", valid.replace("\"flag\":true", "\"flag\":1")))).extracting(e -> e.get("type"))
        .containsExactly("bool_type");
  }

  @Test
  void primitiveArrays() {
    assertThat(post("/json/arrays", "[1,2,3]").body()).isEqualTo("[0.5,1.0,1.5,null]");
    assertThat(ParamsTest.onlyError(post("/json/arrays", "[1,2,3,4]"))).containsEntry("type", "too_long")
        .containsEntry("loc", List.of("body")).containsEntry("input", List.of(1L, 2L, 3L, 4L));
    assertThat(ParamsTest.onlyError(post("/json/arrays", "[1,\"x\"]"))).containsEntry("type", "int_parsing")
        .containsEntry("loc", List.of("body", 1L));
  }

  @Test
  void hugeExponentsAreRefusedQuickly() {
    // Found by the fuzz test: 1e999999999 as a long or a decimal must not be expanded to its digits.
    assertThat(ParamsTest.onlyError(post("/json/account", "{\"owner\":\"a\",\"balance\":922e372036854775807}")))
        .containsEntry("type", "less_than_equal");
    assertThat(ParamsTest.onlyError(post("/json/account", "{\"owner\":\"a\",\"balance\":1e999999999}")))
        .containsEntry("type", "less_than_equal");
    assertThat(ParamsTest.onlyError(post("/json/account", "{\"owner\":\"a\",\"balance\":-1e999999999}")))
        .containsEntry("type", "greater_than_equal");
    String item = "{\"name\":\"Cup\",\"price\":1e999999999,\"tags\":[],\"owner\":{\"id\":\"abc\",\"email\":\"a@b\"}}";
    assertThat(ParamsTest.onlyError(post("/json/items", item))).containsEntry("type", "decimal_parsing");
    assertThat(ParamsTest.onlyError(client.get("/params/scalars?id=123e4567-e89b-12d3-a456-426614174000"
        + "&amount=1e999999999&day=2024-01-01&color=RED&flag=1&ratio=1").send())).containsEntry("type", "decimal_parsing");
  }

  @Test
  void errorsAreCappedAndNestingIsBounded() {
    String manyBad = "[" + "\"x\",".repeat(5000) + "1]";
    TestResponse response = client.post("/json/bytes-body").body(JSON, manyBad.replace("\"x\"", "[]")).send();
    assertThat(details(response)).hasSize(1000);
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(ParamsTest.onlyError(client.post("/json/bytes-body").body(JSON, deep).send()))
        .containsEntry("type", "json_invalid");
  }

  @Test
  void integersOutOfRangeAndLaxStrings() {
    TestResponse response = post("/json/account", "{\"owner\":\"a\",\"balance\":99999999999999999999}");
    assertThat(ParamsTest.onlyError(response)).containsEntry("type", "less_than_equal");
    assertThat(post("/json/account", "{\"owner\":\"a\",\"balance\":\"5\"}").body()).contains("\"balance\":6");
    assertThat(post("/json/account", "{\"owner\":\"a\",\"balance\":5.0}").body()).contains("\"balance\":6");
  }
}
