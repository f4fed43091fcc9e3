package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parameter binding and its 422s, through the generated router and TestClient. */
class ParamsTest {
  private final TestClient client = TestClient.of(Apis.router());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void bindsPathVariablesByName() {
    assertThat(client.get("/params/path/42/caf%C3%A9").send().body()).isEqualTo("id=42 name=café");
    assertThat(client.get("/params/explicit/7").send().body()).isEqualTo("itemId=7");
  }

  @Test
  void pathVariablesKeepPlusAndDecodeOnce() {
    assertThat(client.get("/params/path/1/a+b%2520").send().body()).isEqualTo("id=1 name=a+b%20");
  }

  @Test
  void catchAllTakesTheRestOfThePathWithSlashes() {
    assertThat(client.get("/params/files/docs/a%20b/readme.txt").send().body())
        .isEqualTo("rest=docs/a b/readme.txt");
    assertThat(client.get("/params/files/").send().body()).isEqualTo("rest=");
  }

  @Test
  void badPathValueIs422WithPydanticShape() {
    TestResponse response = client.get("/params/path/abc/x").send();
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.header("content-type")).isEqualTo("application/json");
    assertThat(response.json()).isEqualTo(Map.of("detail", List.of(Map.of(
        "type", "int_parsing",
        "loc", List.of("path", "id"),
        "msg", "Input should be a valid integer, unable to parse string as an integer",
        "input", "abc"))));
  }

  @Test
  void queryParametersRequiredOptionalDefaultNullableAndRenamed() {
    assertThat(client.get("/params/query?limit=5").send().body())
        .isEqualTo("limit=5 q=- size=10 sortBy=- page=null");
    assertThat(client.get("/params/query?limit=5&q=hi+there&size=3&sort-by=name&page=2").send().body())
        .isEqualTo("limit=5 q=hi there size=3 sortBy=name page=2");
  }

  @Test
  void malformedEscapesInTheQueryAreKeptNotFatal() {
    assertThat(client.get("/params/query?limit=5&q=100%&sort-by=%zz").send().body())
        .isEqualTo("limit=5 q=100% size=10 sortBy=%zz page=null");
  }

  @Test
  void repeatedQueryKeyBoundToScalarTakesTheLast() {
    assertThat(client.get("/params/query?limit=1&limit=9").send().body()).startsWith("limit=9 ");
  }

  @Test
  void missingRequiredQueryIsFieldRequiredWithNullInput() {
    TestResponse response = client.get("/params/query").send();
    assertThat(response.status()).isEqualTo(422);
    Map<String, Object> error = onlyError(response);
    assertThat(error).containsEntry("type", "missing")
        .containsEntry("loc", List.of("query", "limit"))
        .containsEntry("msg", "Field required")
        .containsEntry("input", null);
  }

  @Test
  void listsCollectRepeatedKeysAndReportEachBadElementByIndex() {
    assertThat(client.get("/params/lists?ids=1&ids=2&colors=RED&colors=RED&colors=BLUE").send().body())
        .isEqualTo("ids=[1, 2] colors=[RED, BLUE]");
    assertThat(client.get("/params/lists?ids=3").send().body()).isEqualTo("ids=[3] colors=[]");
    TestResponse response = client.get("/params/lists?ids=1&ids=x&colors=PINK").send();
    assertThat(details(response)).extracting(error -> error.get("loc"))
        .containsExactly(List.of("query", "ids", 1L), List.of("query", "colors", 0L));
  }

  @Test
  void scalarConversions() {
    assertThat(client.get("/params/scalars?id=123e4567-e89b-12d3-a456-426614174000&amount=10.50&day=2024-02-29"
        + "&color=GREEN&flag=yes&ratio=0.25").send().body())
        .isEqualTo("123e4567-e89b-12d3-a456-426614174000 10.50 2024-02-29 GREEN true 0.25");
  }

  @Test
  void everyBadScalarIsReportedInOneAnswer() {
    TestResponse response = client.get("/params/scalars?id=nope&amount=ten&day=2024-13-01&color=PINK&flag=maybe"
        + "&ratio=0x1p3").send();
    assertThat(response.status()).isEqualTo(422);
    assertThat(details(response)).extracting(error -> error.get("type")).containsExactly(
        "uuid_parsing", "decimal_parsing", "date_from_datetime_parsing", "enum", "bool_parsing", "float_parsing");
    Map<String, Object> enumError = details(response).get(3);
    assertThat(enumError).containsEntry("msg", "Input should be 'RED', 'GREEN' or 'BLUE'")
        .containsEntry("ctx", Map.of("expected", "'RED', 'GREEN' or 'BLUE'"));
  }

  @Test
  void integerOutOfRangeNamesTheBound() {
    TestResponse response = client.get("/params/explicit/99999999999").send();
    assertThat(onlyError(response)).containsEntry("type", "less_than_equal")
        .containsEntry("ctx", Map.of("le", 2147483647L));
  }

  @Test
  void headersByKebabCaseNameDefaultAndRepeated() {
    TestResponse response = client.get("/params/headers").header("User-Agent", "curl/8")
        .header("X-Trace", "a").header("X-Trace", "b").header("x-limit", "4").send();
    assertThat(response.body()).isEqualTo("ua=curl/8 currency=EUR traces=[a, b] xLimit=4");
  }

  @Test
  void repeatedHeaderBoundToScalarTakesTheFirst() {
    TestResponse response = client.get("/params/headers").header("User-Agent", "first")
        .header("User-Agent", "second").header("X-Trace", "t").send();
    assertThat(response.body()).startsWith("ua=first ");
  }

  @Test
  void cookies() {
    assertThat(client.get("/params/cookies").header("Cookie", "session=abc; theme=dark").send().body())
        .isEqualTo("session=abc theme=dark");
    assertThat(client.get("/params/cookies").header("Cookie", "session=abc").send().body())
        .isEqualTo("session=abc theme=light");
  }

  @Test
  void requestIsInjected() {
    assertThat(client.get("/params/request?a=1&b").send().body()).isEqualTo("GET /params/request ?a=1&b");
  }

  @Test
  void errorsAreOrderedPathQueryHeaderCookie() {
    TestResponse response = client.get("/params/all/x").send();
    assertThat(details(response)).extracting(error -> error.get("loc")).containsExactly(
        List.of("path", "id"), List.of("query", "q"), List.of("header", "X-H"), List.of("cookie", "c"));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> details(TestResponse response) {
    assertThat(response.status()).isEqualTo(422);
    return (List<Map<String, Object>>) ((Map<String, Object>) response.json()).get("detail");
  }

  static Map<String, Object> onlyError(TestResponse response) {
    List<Map<String, Object>> details = details(response);
    assertThat(details).hasSize(1);
    return details.get(0);
  }
}
