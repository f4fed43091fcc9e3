package dev.hotpath.it.deps;

import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.Provides;
import dev.hotpath.it.deps.Values.ApiKey;
import dev.hotpath.it.deps.Values.TokenChecked;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** FastAPI's {@code verify_token} and {@code verify_key}; the key check is non-blocking. */
public class Checks {
  @Provides
  public TokenChecked verifyToken(@Header String xToken) {
    if (!xToken.equals("fake-super-secret-token")) {
      throw new HttpException(400, "X-Token header invalid");
    }
    return new TokenChecked();
  }

  @Provides
  public CompletionStage<ApiKey> verifyKey(@Header String xKey) {
    if (!xKey.equals("fake-super-secret-key")) {
      return CompletableFuture.failedFuture(new HttpException(400, "X-Key header invalid"));
    }
    return CompletableFuture.completedFuture(new ApiKey(xKey));
  }
}
