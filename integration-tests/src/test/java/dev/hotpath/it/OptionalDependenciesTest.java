package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micrometer and SLF4J are optional: a server whose class path lacks them starts and serves. The
 * runtime is loaded here in a class loader without those jars (test code may reflect; the runtime
 * does not).
 */
class OptionalDependenciesTest {
  @Test
  void serverRunsWithoutMicrometerOnTheClassPath() throws Throwable {
    try (URLClassLoader loader = classPathWithout("micrometer", "prometheus")) {
      assertThat(loader.getResource("io/micrometer/core/instrument/MeterRegistry.class")).isNull();
      assertServes(builder(loader));
    }
  }

  @Test
  void serverRunsWithoutSlf4jAndAnAccessLogAsksForIt() throws Throwable {
    try (URLClassLoader loader = classPathWithout("slf4j")) {
      assertThat(loader.getResource("org/slf4j/LoggerFactory.class")).isNull();
      assertServes(builder(loader));
      Object logging = builder(loader);
      logging = logging.getClass().getMethod("accessLog", boolean.class).invoke(logging, true);
      Object withAccessLog = logging;
      assertThatThrownBy(() -> start(withAccessLog)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.slf4j:slf4j-api");
    }
  }

  private static URLClassLoader classPathWithout(String... names) throws Exception {
    List<URL> urls = new ArrayList<>();
    entries:
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      for (String name : names) {
        if (entry.contains(name)) {
          continue entries;
        }
      }
      urls.add(new File(entry).toURI().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** {@code Hotpath.server(router).port(0)}, with a router of no routes, in {@code loader}. */
  private static Object builder(ClassLoader loader) throws Exception {
    Class<?> routerType = loader.loadClass("dev.hotpath.Router");
    Object router = Proxy.newProxyInstance(loader, new Class<?>[] {routerType},
        (proxy, method, args) -> method.getName().equals("routes") ? List.of() : null);
    Object routers = java.lang.reflect.Array.newInstance(routerType, 1);
    java.lang.reflect.Array.set(routers, 0, router);
    Class<?> hotpath = loader.loadClass("dev.hotpath.Hotpath");
    Object builder = hotpath.getMethod("server", routers.getClass()).invoke(null, routers);
    return builder.getClass().getMethod("port", int.class).invoke(builder, 0);
  }

  private static Object start(Object builder) throws Throwable {
    try {
      return builder.getClass().getMethod("start").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void assertServes(Object builder) throws Throwable {
    Object server = start(builder);
    Method port = server.getClass().getMethod("port");
    try (RawHttp raw = new RawHttp((Integer) port.invoke(server))) {
      assertThat(raw.send(RawHttp.get("/anything")).read().status()).isEqualTo(404);
    } finally {
      server.getClass().getMethod("close").invoke(server);
    }
  }
}
