package dev.hotpath.benchmarks;

import dev.hotpath.Router;
import dev.hotpath.benchmarks.routes.Routes1000ApiRouter;
import dev.hotpath.benchmarks.routes.Routes1000Part0;
import dev.hotpath.benchmarks.routes.Routes1000Part1;
import dev.hotpath.benchmarks.routes.Routes1000Part2;
import dev.hotpath.benchmarks.routes.Routes1000Part3;
import dev.hotpath.benchmarks.routes.Routes1000Part4;
import dev.hotpath.benchmarks.routes.Routes1000Part5;
import dev.hotpath.benchmarks.routes.Routes1000Part6;
import dev.hotpath.benchmarks.routes.Routes1000Part7;
import dev.hotpath.benchmarks.routes.Routes1000Part8;
import dev.hotpath.benchmarks.routes.Routes1000Part9;
import dev.hotpath.benchmarks.routes.Routes100ApiRouter;
import dev.hotpath.benchmarks.routes.Routes100Part0;
import dev.hotpath.benchmarks.routes.Routes10ApiRouter;
import dev.hotpath.benchmarks.routes.Routes10Part0;
import dev.hotpath.internal.Endpoint;
import dev.hotpath.internal.Resource;
import dev.hotpath.internal.RouteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Route lookup on generated routers of 10, 100 and 1,000 routes ({@code routes/generate_routes.py}):
 * {@code match(path)} then {@code endpoint(method)}, cycling through 64 paths that hit routes spread
 * over the table, or 64 that miss. The reference is how Starlette routes: a list of compiled regular
 * expressions, one per route, tried in order until one matches the whole path and the method.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RouterLookupBenchmark {
  @Param({"10", "100", "1000"})
  public int routes;

  private Router router;
  private final List<RegexRoute> regexes = new ArrayList<>();
  private final String[] hitPaths = new String[64];
  private final String[] hitMethods = new String[64];
  private final String[] missPaths = new String[64];
  private int next;

  /** One route of the reference: its template as an anchored regex, and its method. */
  private record RegexRoute(Pattern pattern, String method, RouteInfo info) {}

  @Setup
  public void setUp() {
    router = switch (routes) {
      case 10 -> new Routes10ApiRouter(new Routes10Part0());
      case 100 -> new Routes100ApiRouter(new Routes100Part0());
      case 1000 -> new Routes1000ApiRouter(new Routes1000Part0(), new Routes1000Part1(), new Routes1000Part2(),
          new Routes1000Part3(), new Routes1000Part4(), new Routes1000Part5(), new Routes1000Part6(),
          new Routes1000Part7(), new Routes1000Part8(), new Routes1000Part9());
      default -> throw new IllegalArgumentException("routes " + routes);
    };
    for (RouteInfo route : router.routes()) {
      String regex = route.template().replaceAll("\\{[^}]+}", "([^/]+)");
      regexes.add(new RegexRoute(Pattern.compile("^" + regex + "$"), route.method(), route));
    }
    List<RouteInfo> table = router.routes();
    for (int i = 0; i < hitPaths.length; i++) {
      RouteInfo route = table.get((int) ((i * 7919L) % table.size())); // spread over the whole table
      hitPaths[i] = route.template().replace("{id}", String.valueOf(40 + i)).replace("{item}", "x" + i);
      hitMethods[i] = route.method();
      int resource = (int) ((i * 104729L) % Math.max(1, routes / 4));
      missPaths[i] = switch (i % 4) {
        case 0 -> "/api/r" + resource + "/42/nothing";
        case 1 -> "/api/x" + resource;
        case 2 -> "/api/r" + resource + "/42/items/x/extra";
        default -> "/nope/" + i;
      };
    }
    for (int i = 0; i < hitPaths.length; i++) { // both lookups must agree before anything is measured
      if (hotpath(hitPaths[i], hitMethods[i]) == null || regex(hitPaths[i], hitMethods[i]) == null
          || hotpath(missPaths[i], "GET") != null || regex(missPaths[i], "GET") != null) {
        throw new IllegalStateException("lookups disagree on " + hitPaths[i] + " / " + missPaths[i]);
      }
    }
  }

  private Endpoint hotpath(String path, String method) {
    Resource resource = router.match(path);
    return resource == null ? null : resource.endpoint(method);
  }

  private RouteInfo regex(String path, String method) {
    for (RegexRoute route : regexes) {
      Matcher matcher = route.pattern().matcher(path);
      if (matcher.matches() && route.method().equals(method)) {
        return route.info();
      }
    }
    return null;
  }

  @Benchmark
  public Endpoint hotpathHit() {
    int i = next++ & 63;
    return hotpath(hitPaths[i], hitMethods[i]);
  }

  @Benchmark
  public Endpoint hotpathMiss() {
    return hotpath(missPaths[next++ & 63], "GET");
  }

  @Benchmark
  public RouteInfo regexHit() {
    int i = next++ & 63;
    return regex(hitPaths[i], hitMethods[i]);
  }

  @Benchmark
  public RouteInfo regexMiss() {
    return regex(missPaths[next++ & 63], "GET");
  }
}
