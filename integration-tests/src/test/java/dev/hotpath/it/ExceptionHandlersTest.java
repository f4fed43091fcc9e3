package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.it.errors.ApiErrors;
import dev.hotpath.it.errors.ErrorsApiRouter;
import dev.hotpath.it.errors.ErrorsController;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's exception handlers: the most specific one answers, chosen at compile time. */
class ExceptionHandlersTest {
  private final TestClient client = TestClient.of(new ErrorsApiRouter(new ErrorsController(), new ApiErrors()));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void theControllersOwnHandler() {
    TestResponse response = client.get("/errors/argument").send();
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("x-handler")).isEqualTo("controller");
    assertThat(response.body()).isEqualTo("bad argument: no such argument");
  }

  @Test
  void theMostSpecificHandlerWinsWhereverItIsDeclared() {
    TestResponse response = client.get("/errors/number").send(); // NumberFormatException extends IllegalArgumentException
    assertThat(response.header("x-handler")).isEqualTo("api");
    assertThat(response.body()).isEqualTo("bad number: x is not a number");
  }

  @Test
  void apiHandlersWithJsonBodiesAndTheRequest() {
    TestResponse response = client.get("/errors/state").send();
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json()).isEqualTo(Map.of("error", "already shipped", "path", "/errors/state"));
    TestResponse later = client.get("/errors/state-later").send();
    assertThat(later.status()).isEqualTo(409);
    assertThat(later.json()).isEqualTo(Map.of("error", "shipped meanwhile", "path", "/errors/state-later"));
  }

  @Test
  void httpExceptionsCanBeHandledToo() {
    TestResponse response = client.get("/errors/http").send();
    assertThat(response.status()).isEqualTo(418);
    assertThat(response.header("x-handled")).isEqualTo("yes");
    assertThat(response.body()).isEqualTo("handled I'm a teapot");
  }

  @Test
  void aFailingHandlerIsA500WithoutDetails() {
    TestResponse response = client.get("/errors/broken").send();
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json()).isEqualTo(Map.of("detail", "Internal Server Error"));
  }

  @Test
  void theControllersCatchAllTakesWhatNothingMoreSpecificDoes() {
    TestResponse response = client.get("/errors/unhandled").send();
    assertThat(response.header("x-handler")).isEqualTo("catch-all");
    assertThat(response.body()).isEqualTo("caught ArithmeticException");
  }

  @Test
  void validationErrorsCanBeHandledByTheirOwnHandler() {
    try (TestClient validation = TestClient.of(new dev.hotpath.it.validation.ValidationApiRouter(
        new dev.hotpath.it.validation.ValidationApi.Counts(), new dev.hotpath.it.validation.ValidationApi.Errors()))) {
      TestResponse response = validation.get("/counts/many").send();
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("int_parsing");
    }
  }

  @Test
  void validationErrorsStayThe422EvenWithACatchAllHandler() {
    assertThat(client.get("/errors/invalid?count=x").send().status()).isEqualTo(422);
  }
}
