package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Metrics;
import dev.hotpath.Server;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Metrics after a known sequence of requests, tagged by route template, never by raw path. */
class MetricsTest {
  private static long count(SimpleMeterRegistry registry, String method, String route, String status)
      throws InterruptedException {
    // Responses are measured once written: give the listener a moment, boundedly.
    for (int i = 0; i < 100; i++) {
      Timer timer = registry.find("http.server.requests").tags("method", method, "route", route, "status", status)
          .timer();
      if (timer != null && timer.count() > 0) {
        Thread.sleep(50);
        return timer.count();
      }
      Thread.sleep(20);
    }
    return 0;
  }

  @Test
  void requestsAreTimedByMethodRouteAndStatus() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Server server = Hotpath.server(Apis.router()).port(0).metrics(Metrics.micrometer(registry)).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send(RawHttp.get("/r/items/1")).read();
      raw.send(RawHttp.get("/r/items/2")).read();
      raw.send(RawHttp.get("/nowhere/at/all")).read();
      raw.send("POST /r/items/3 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").read();
      raw.send(RawHttp.get("/params/path/x/y")).read();
      assertThat(count(registry, "GET", "/r/items/{id}", "200")).isEqualTo(2);
      assertThat(count(registry, "GET", "NOT_FOUND", "404")).isEqualTo(1);
      assertThat(count(registry, "POST", "/r/items/{id}", "405")).isEqualTo(1);
      assertThat(count(registry, "GET", "/params/path/{id}/{name}", "422")).isEqualTo(1);
      assertThat(registry.find("http.server.requests").tag("route", "/r/items/1").timer()).isNull();
      assertThat(registry.get("hotpath.requests.active").gauge().value()).isZero();
      assertThat(registry.get("hotpath.workers.limit").gauge().value()).isEqualTo(1024);
      assertThat(registry.get("hotpath.workers.active").gauge().value()).isZero();
      Thread.sleep(1300); // one probe period
      assertThat(registry.get("hotpath.eventloop.lag").timer().count()).isPositive();
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void prometheusRegistryIsScrapedOnMetrics() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Server server = Hotpath.server(Apis.router()).port(0).metrics(Metrics.micrometer(registry)).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send(RawHttp.get("/r/items/1")).read();
      Thread.sleep(200);
      RawHttp.Reply scrape = raw.send(RawHttp.get("/metrics")).read();
      assertThat(scrape.status()).isEqualTo(200);
      assertThat(scrape.header("content-type")).startsWith("text/plain; version=0.0.4");
      assertThat(scrape.body()).contains(
          "http_server_requests_seconds_count{method=\"GET\",route=\"/r/items/{id}\",status=\"200\"} 1");
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void aRegistryThatIsNotPrometheusHasNoScrapeEndpoint() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).metrics(Metrics.micrometer(new SimpleMeterRegistry())).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/metrics")).read().status()).isEqualTo(404);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
