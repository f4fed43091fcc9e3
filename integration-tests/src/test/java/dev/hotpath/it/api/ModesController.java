package dev.hotpath.it.api;

import dev.hotpath.Blocking;
import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.NonBlocking;
import dev.hotpath.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Each execution mode reports the thread it ran on. */
@Controller("/modes")
public class ModesController {
  private final Sleeper sleeper;
  /** The future {@code /modes/never} returns: it never completes unless cancelled. */
  public final CompletableFuture<String> never = new CompletableFuture<>();

  public ModesController(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  @Get("/blocking")
  public String blocking() {
    return Thread.currentThread().getName() + " virtual=" + isVirtual();
  }

  @Get("/future")
  public CompletionStage<String> future() {
    return CompletableFuture.completedFuture(Thread.currentThread().getName());
  }

  @Get("/future-async")
  public CompletableFuture<String> futureAsync() {
    return CompletableFuture.supplyAsync(() -> "async from " + Thread.currentThread().getName());
  }

  @Get("/future-void")
  public CompletionStage<Void> futureVoid() {
    return CompletableFuture.completedFuture(null);
  }

  @Get("/future-response")
  public CompletionStage<Response<String>> futureResponse() {
    return CompletableFuture.completedFuture(Response.status(203).header("X-Mode", "future").body("built"));
  }

  @Get("/future-failed")
  public CompletionStage<String> futureFailed() {
    return CompletableFuture.failedFuture(new HttpException(409, "Conflict in future"));
  }

  @NonBlocking
  @Get("/inline")
  public String inline() {
    return Thread.currentThread().getName();
  }

  @Blocking
  @Get("/blocking-future")
  public CompletionStage<String> blockingFuture() {
    return CompletableFuture.completedFuture(Thread.currentThread().getName());
  }

  @Get("/sleep")
  public String sleep(@dev.hotpath.Default("500") long millis) throws InterruptedException {
    sleeper.sleep(millis);
    return "slept " + millis;
  }

  @NonBlocking
  @Get("/sleep-inline")
  public String sleepInline(@dev.hotpath.Default("500") long millis) throws InterruptedException {
    sleeper.sleep(millis); // the mistake the watchdog exists for
    return "slept inline " + millis;
  }

  @Get("/never")
  public CompletionStage<String> never() {
    return never;
  }

  @Get("/fast")
  public CompletionStage<String> fast() {
    return CompletableFuture.completedFuture("fast");
  }

  private static boolean isVirtual() {
    return Thread.currentThread().getClass().getName().contains("Virtual");
  }
}
