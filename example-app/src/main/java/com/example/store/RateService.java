package com.example.store;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Exchange rates from EUR, as a remote service would give them: asynchronously, after a little while. */
public final class RateService {
  private static final Map<Currency, BigDecimal> RATES = Map.of(
      Currency.EUR, BigDecimal.ONE,
      Currency.USD, new BigDecimal("1.08"),
      Currency.GBP, new BigDecimal("0.85"),
      Currency.CHF, new BigDecimal("0.94"));

  private final Executor delayed = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);

  public CompletionStage<BigDecimal> rate(Currency currency) {
    return CompletableFuture.supplyAsync(() -> RATES.get(currency), delayed);
  }
}
