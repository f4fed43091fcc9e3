package dev.hotpath.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java peer: Vert.x-web 5 with one event loop and a worker pool of Hotpath's default size,
 * the load benchmark's endpoints written the way its documentation shows (a {@code Router},
 * {@code RoutingContext.json}, {@code blockingHandler} for the pool). {@code <port>}.
 */
public final class VertxLoadServer {
  private static final AtomicLong IDS = new AtomicLong();

  private VertxLoadServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(NettyBaseline.WORKERS));
    Router router = Router.router(vertx);
    for (String prefix : new String[] {"", "/blocking"}) {
      boolean blocking = !prefix.isEmpty();
      route(router.get(prefix + "/plaintext"), blocking, ctx ->
          ctx.response().putHeader("content-type", "text/plain; charset=utf-8").end(LoadApi.HELLO));
      route(router.get(prefix + "/json"), blocking, ctx -> ctx.json(new JsonObject().put("message", LoadApi.HELLO)));
      route(router.get(prefix + "/echo/:name"), blocking, VertxLoadServer::echo);
      router.post(prefix + "/items").handler(BodyHandler.create().setBodyLimit(10 * 1024 * 1024));
      route(router.post(prefix + "/items"), blocking, VertxLoadServer::create);
    }
    route(router.get("/blocking/sleep"), true, ctx -> {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ctx.response().putHeader("content-type", "text/plain; charset=utf-8").end(LoadApi.HELLO);
    });
    vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true).setAcceptBacklog(1024))
        .requestHandler(router)
        .listen(port, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().join();
    System.out.println("Vert.x listening on http://127.0.0.1:" + port);
  }

  private static void route(io.vertx.ext.web.Route route, boolean blocking,
      io.vertx.core.Handler<RoutingContext> handler) {
    if (blocking) {
      route.blockingHandler(handler, false); // unordered: requests run in parallel on the pool
    } else {
      route.handler(handler);
    }
  }

  private static void echo(RoutingContext ctx) {
    String raw = ctx.queryParams().get("n");
    int n;
    try {
      n = raw == null ? 1 : Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      ctx.response().setStatusCode(422);
      ctx.json(new JsonObject().put("detail", "n is not an integer"));
      return;
    }
    ctx.json(new JsonObject().put("name", ctx.pathParam("name")).put("n", n));
  }

  /** The NewItem rules of {@link LoadApi}: name 1..40 characters and not blank, price > 0, at most 5 non-blank tags. */
  private static void create(RoutingContext ctx) {
    JsonObject item;
    try {
      item = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      invalid(ctx, "body must be an object");
      return;
    }
    if (item == null) {
      invalid(ctx, "body must be an object");
      return;
    }
    Object name = item.getValue("name");
    Object price = item.getValue("price");
    Object tags = item.getValue("tags");
    if (!(name instanceof String text) || text.isBlank() || text.length() > 40) {
      invalid(ctx, "name");
      return;
    }
    if (!(price instanceof Number number) || new BigDecimal(number.toString()).signum() <= 0) {
      invalid(ctx, "price");
      return;
    }
    if (!(tags instanceof JsonArray list) || list.size() > 5
        || list.stream().anyMatch(tag -> !(tag instanceof String t) || t.isBlank())) {
      invalid(ctx, "tags");
      return;
    }
    ctx.json(new JsonObject().put("id", IDS.incrementAndGet()).put("name", name).put("price", price).put("tags", tags));
  }

  private static void invalid(RoutingContext ctx, String detail) {
    ctx.response().setStatusCode(422);
    ctx.json(new JsonObject().put("detail", detail));
  }
}
