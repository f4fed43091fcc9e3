package dev.hotpath.it.deps;

import dev.hotpath.Default;
import dev.hotpath.Provides;
import dev.hotpath.it.deps.Values.CommonParams;
import dev.hotpath.it.deps.Values.Page;
import dev.hotpath.it.deps.Values.Window;
import jakarta.validation.constraints.Max;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** FastAPI's shared paging parameters, and two providers built on them (each runs once a request). */
public class CommonProviders {
  public final AtomicInteger commonCalls = new AtomicInteger();

  @Provides
  public CommonParams common(Optional<String> q, @Default("0") int skip, @Default("100") @Max(1000) int limit) {
    commonCalls.incrementAndGet();
    return new CommonParams(q.orElse(null), skip, limit);
  }

  @Provides
  public Values.Order order(Values.OrderForm form) {
    return new Values.Order(form.item().strip(), form.quantity());
  }

  @Provides
  public Values.Profile profile(@dev.hotpath.Path long userId) {
    return new Values.Profile(userId);
  }

  @Provides
  public Page page(CommonParams commons) {
    return new Page(commons.skip() / commons.limit() + 1);
  }

  @Provides
  public Window window(CommonParams commons, Page page) {
    return new Window(commons.skip(), commons.skip() + commons.limit() * page.number());
  }
}
