package test;

import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.Provides;
import dev.hotpath.Scoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Callers {
  @Provides
  public Scoped<Caller> caller(@Header("X-Caller") String name) {
    if (name.isBlank()) {
      throw new HttpException(401, "Who are you?");
    }
    return Scoped.of(new Caller(name), () -> {});
  }

  @Provides
  public CompletionStage<Caller.Badge> badge(Caller caller) {
    return CompletableFuture.completedFuture(new Caller.Badge("friend of " + caller.name()));
  }
}
