package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Router;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The generated matcher allocates nothing, for paths that match and paths that do not: counted
 * with the JVM's per-thread allocation counter, not timed.
 */
class RouterAllocationTest {
  private static final String[] PATHS = {
      "/nope", "/params/nope/deeper", "/r/items/123", "/r/items/new", "/params/files/a/b/c", "/modes/fast",
      "/r/things/", "/", "", "no-slash", "/r/items/1/too/deep",
  };

  @Test
  void lookupsAllocateNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Router router = Apis.router();
    int found = lookups(router, 20_000); // warm up
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    found += lookups(router, 100_000);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(found).isPositive();
    // A few bytes of slack for the counter itself; one allocation per lookup would be > 1 MB.
    assertThat(allocated).as("bytes allocated by %d lookups", 100_000 * PATHS.length).isLessThan(1024);
  }

  private static int lookups(Router router, int rounds) {
    int found = 0;
    for (int i = 0; i < rounds; i++) {
      for (String path : PATHS) {
        if (router.match(path) != null) {
          found++;
        }
      }
    }
    return found;
  }
}
