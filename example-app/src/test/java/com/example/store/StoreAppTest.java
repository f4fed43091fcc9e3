package com.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The example store through TestClient, each test on a fresh in-memory database. */
class StoreAppTest {
  private final ItemRepository repository = ItemRepository.inMemory("test-" + UUID.randomUUID());
  private final TestClient client;

  StoreAppTest() {
    StoreApp.seed(repository);
    client = TestClient.of(new StoreAppRouter(new ItemController(repository, new RateService()), new HealthController()));
  }

  @AfterEach
  void close() {
    client.close();
    repository.close();
  }

  @Test
  void listsAndFilters() {
    assertThat(client.get("/items/").send().body()).isEqualTo(
        "1\tEspresso cup\t7.50 EUR\n2\tMoka pot\t34.90 EUR\n3\tCoffee beans, 1 kg\t21.00 EUR\n");
    assertThat(client.get("/items/?q=MOKA").send().body()).isEqualTo("2\tMoka pot\t34.90 EUR\n");
    assertThat(client.get("/items/?limit=1&offset=2").send().body()).startsWith("3\t");
    assertThat(client.get("/items").send().status()).isEqualTo(307);
  }

  @Test
  void readsOneOr404() {
    assertThat(client.get("/items/2").send().body()).isEqualTo("2\tMoka pot\t34.90 EUR\n");
    TestResponse missing = client.get("/items/99").send();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json()).isEqualTo(Map.of("detail", "Item not found"));
  }

  @Test
  void createsThenDeletes() {
    TestResponse created = client.post("/items/?name=French%20press&price=29.5").send();
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("location")).isEqualTo("/items/4");
    assertThat(client.get("/items/4").send().body()).isEqualTo("4\tFrench press\t29.50 EUR\n");
    assertThat(client.delete("/items/4").send().status()).isEqualTo(204);
    assertThat(client.delete("/items/4").send().status()).isEqualTo(404);
  }

  @Test
  void badInputIs422() {
    TestResponse response = client.post("/items/?price=abc").send();
    assertThat(response.status()).isEqualTo(422);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> detail = (List<Map<String, Object>>) ((Map<String, Object>) response.json()).get("detail");
    assertThat(detail).extracting(error -> error.get("type")).containsExactly("missing", "decimal_parsing");
  }

  @Test
  void priceComposesFuturesInTheAskedCurrency() {
    assertThat(client.get("/items/2/price").send().body()).isEqualTo("34.90 EUR\n");
    assertThat(client.get("/items/2/price").header("X-Currency", "USD").send().body()).isEqualTo("37.69 USD\n");
    assertThat(client.get("/items/99/price").send().status()).isEqualTo(404);
    TestResponse unknown = client.get("/items/2/price").header("X-Currency", "XYZ").send();
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("Input should be 'EUR', 'USD', 'GBP' or 'CHF'");
  }

  @Test
  void health() {
    assertThat(client.get("/health").send().body()).isEqualTo("ok\n");
  }
}
