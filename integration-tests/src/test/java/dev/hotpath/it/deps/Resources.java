package dev.hotpath.it.deps;

import dev.hotpath.Provides;
import dev.hotpath.Scoped;
import dev.hotpath.it.deps.Values.Db;
import dev.hotpath.it.deps.Values.Fragile;
import dev.hotpath.it.deps.Values.Session;
import dev.hotpath.it.deps.Values.Tx;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Scoped providers, FastAPI's dependencies with yield: what opens and closes is recorded in order. */
public class Resources {
  public final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final AtomicInteger ids = new AtomicInteger();

  @Provides
  public Scoped<Db> db() {
    Db db = new Db(ids.incrementAndGet());
    events.add("open db");
    return Scoped.of(db, () -> events.add("close db"));
  }

  @Provides
  public Scoped<Tx> tx(Db db) {
    events.add("begin");
    return Scoped.of(new Tx(db), failure -> events.add(failure == null ? "commit" : "rollback "
        + failure.getClass().getSimpleName()));
  }

  @Provides
  public CompletionStage<Scoped<Session>> session() {
    events.add("open session");
    return CompletableFuture.completedFuture(Scoped.of(new Session("s"), () -> events.add("close session")));
  }

  @Provides
  public Scoped<Fragile> fragile() {
    return Scoped.of(new Fragile("f"), () -> {
      throw new IllegalStateException("close failed");
    });
  }
}
