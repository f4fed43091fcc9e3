package com.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Server;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The store's event stream over a real socket, read as a browser's EventSource reads it. */
class StoreEventsTest {
  @Test
  void changesToItemsArriveAsEvents() throws Exception {
    ItemRepository repository = ItemRepository.inMemory("events-" + UUID.randomUUID());
    StoreApp.seed(repository);
    ItemEvents itemEvents = new ItemEvents();
    Server server = StoreApp.configure(repository, new Mailer(), itemEvents).port(0).start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<java.io.InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(base + "/items/events"))
          .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.headers().firstValue("content-type")).hasValue("text/event-stream");
      BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (itemEvents.listeners() == 0 && System.nanoTime() < deadline) { // subscribed once the head is out
        Thread.sleep(10);
      }
      assertThat(itemEvents.listeners()).isEqualTo(1);
      HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/items/"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Grinder\",\"price\":80,\"tags\":[]}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      client.send(HttpRequest.newBuilder(URI.create(base + "/items/4")).DELETE().build(),
          HttpResponse.BodyHandlers.discarding());
      List<String> lines = new ArrayList<>();
      String line;
      while (lines.stream().filter(String::isEmpty).count() < 2 && (line = events.readLine()) != null) {
        if (!line.startsWith(":")) {
          lines.add(line);
        }
      }
      assertThat(lines).containsExactly("id: 1", "event: created",
          "data: {\"type\":\"created\",\"id\":4,\"item\":{\"id\":4,\"name\":\"Grinder\",\"price\":80,\"tags\":[]}}", "",
          "id: 2", "event: deleted", "data: {\"type\":\"deleted\",\"id\":4,\"item\":null}", "");
      stream.body().close();
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

}
