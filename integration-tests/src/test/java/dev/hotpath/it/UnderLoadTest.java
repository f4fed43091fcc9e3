package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.ServerCounters;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The server under real load on 127.0.0.1, bounded in requests and time: at three times the
 * worker pool's capacity every request gets a 200 or a 503 and the client's counts equal the
 * server's; stopped while loaded, every request it accepted completes and none is lost.
 */
class UnderLoadTest {
  private static final int CAPACITY = 4;

  @Test
  void atThreeTimesCapacityEveryRequestGets200Or503AndTheCountsAgree() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).virtualThreads(false).workerThreads(CAPACITY)
        .maxConcurrency(CAPACITY).start();
    ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    int clients = 3 * CAPACITY;
    int perClient = 40;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          try (RawHttp raw = new RawHttp(server.port())) {
            for (int i = 0; i < perClient; i++) {
              int status = raw.send(RawHttp.get("/modes/sleep?millis=20")).read().status();
              statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
            }
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
      ServerCounters counters = server.counters();
      assertThat(statuses.keySet()).as("only 200s and 503s").isSubsetOf(200, 503);
      long ok = count(statuses, 200);
      long refused = count(statuses, 503);
      assertThat(ok + refused).isEqualTo((long) clients * perClient);
      assertThat(ok).as("served").isPositive();
      assertThat(refused).as("refused at the limit").isPositive();
      assertThat(counters.overloaded()).isEqualTo(refused);
      assertThat(counters.routed()).isEqualTo(ok + refused);
      assertThat(counters.decoded()).isEqualTo(ok + refused);
      assertThat(counters.failures()).isZero();
      awaitWritten(server, ok + refused);
    } finally {
      pool.shutdownNow();
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void stoppedUnderLoadEveryAcceptedRequestCompletes() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).virtualThreads(false).workerThreads(16)
        .maxConcurrency(64).start();
    int port = server.port();
    AtomicBoolean stopping = new AtomicBoolean();
    LongAdder ok = new LongAdder();
    LongAdder draining = new LongAdder();
    AtomicInteger lost = new AtomicInteger();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
          RawHttp raw;
          try {
            raw = new RawHttp(port);
          } catch (IOException refusedAfterTheListenerClosed) {
            return null; // the server has stopped accepting: that is the end of this client
          }
          try (raw) {
            for (int i = 0; i < 50; i++) {
              RawHttp.Reply reply;
              try {
                reply = raw.send(RawHttp.get("/modes/sleep?millis=5")).read();
              } catch (IOException closed) {
                if (!stopping.get()) {
                  problems.add("connection lost before the stop: " + closed);
                }
                break; // closed while idle, between requests: not a request lost
              }
              if (reply.status() == 200) {
                ok.increment();
              } else if (reply.status() == 503) {
                draining.increment();
              } else {
                lost.incrementAndGet();
                problems.add("status " + reply.status());
              }
              if ("close".equalsIgnoreCase(reply.header("connection"))) {
                break;
              }
            }
          }
        }
        return null;
      }));
    }
    Thread.sleep(1000); // under load
    stopping.set(true);
    server.stop(Duration.ofSeconds(10));
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdownNow();
    assertThat(problems).isEmpty();
    assertThat(lost.get()).isZero();
    assertThat(ok.sum()).as("served while loaded").isGreaterThan(50);
    ServerCounters counters = server.counters();
    assertThat(counters.routed()).as("every request routed was answered 200").isEqualTo(ok.sum());
    assertThat(counters.failures()).isZero();
  }

  private static long count(ConcurrentHashMap<Integer, LongAdder> statuses, int status) {
    LongAdder adder = statuses.get(status);
    return adder == null ? 0 : adder.sum();
  }

  /** The written counter is bumped once the write completes, a moment after the client reads. */
  private static void awaitWritten(Server server, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.counters().written() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.counters().written()).isEqualTo(expected);
  }
}
