package com.example.store;

import dev.hotpath.Api;
import dev.hotpath.Cors;
import dev.hotpath.Hotpath;
import dev.hotpath.Metrics;
import dev.hotpath.ServerBuilder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** The example store: {@code mvn -q -pl example-app -am install exec:java} serves it on port 8000. */
@Api(title = "Example store", version = "1.0",
    controllers = {ItemController.class, UserController.class, HealthController.class},
    providers = StoreProviders.class)
public final class StoreApp {
  private StoreApp() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(System.getProperty("port", System.getenv().getOrDefault("PORT", "8000")));
    ItemRepository repository = ItemRepository.inMemory("store");
    seed(repository);
    configure(repository, new Mailer()).port(port).accessLog(true).stopOnShutdown(Duration.ofSeconds(10)).start();
  }

  /**
   * The store's server: its routes, CORS for a local front end, gzip, and Prometheus metrics on
   * {@code /metrics}. Tests run the same configuration in memory.
   */
  static ServerBuilder configure(ItemRepository repository, Mailer mailer) {
    return configure(repository, mailer, new ItemEvents());
  }

  /** The same, publishing the catalogue's changes to {@code events}. */
  static ServerBuilder configure(ItemRepository repository, Mailer mailer, ItemEvents events) {
    UserRepository users = new UserRepository();
    try (Connection connection = repository.connect()) {
      UserRepository.createSchema(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the users' tables", e);
    }
    return Hotpath.server(new StoreAppRouter(new ItemController(repository, new RateService(), mailer, events),
            new UserController(users), new HealthController(), new StoreProviders(repository, users)))
        .cors(Cors.allowOrigins("http://localhost:5173", "http://localhost:3000").allowMethods("*").allowHeaders("*"))
        .compression(true)
        .metrics(Metrics.micrometer(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)))
        .uploadLimits(1024 * 1024, 10, 64 * 1024)
        .staticResources("/ui", "public")
        .onStop(events::close)
        .onStop(repository::close);
  }

  static void seed(ItemRepository repository) {
    if (repository.count("") == 0) {
      repository.insert(new NewItem("Espresso cup", new BigDecimal("7.50"), List.of("cups")));
      repository.insert(new NewItem("Moka pot", new BigDecimal("34.90"), List.of("brewers", "stovetop")));
      repository.insert(new NewItem("Coffee beans, 1 kg", new BigDecimal("21.00"), List.of()));
    }
  }
}
