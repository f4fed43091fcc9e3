package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: a server whose class path lacks it starts and serves. The runtime is
 * loaded here in a class loader without the Micrometer jars (test code may reflect; the runtime
 * does not).
 */
class WithoutMicrometerTest {
  @Test
  void serverRunsWithoutMicrometerOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("micrometer") && !entry.contains("prometheus")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.getResource("io/micrometer/core/instrument/MeterRegistry.class")).isNull();
      Class<?> routerType = loader.loadClass("dev.hotpath.Router");
      Object router = Proxy.newProxyInstance(loader, new Class<?>[] {routerType},
          (proxy, method, args) -> method.getName().equals("routes") ? List.of() : null);
      Object routers = java.lang.reflect.Array.newInstance(routerType, 1);
      java.lang.reflect.Array.set(routers, 0, router);
      Class<?> hotpath = loader.loadClass("dev.hotpath.Hotpath");
      Object builder = hotpath.getMethod("server", routers.getClass()).invoke(null, routers);
      builder = builder.getClass().getMethod("port", int.class).invoke(builder, 0);
      Object server = builder.getClass().getMethod("start").invoke(builder);
      Method port = server.getClass().getMethod("port");
      try (RawHttp raw = new RawHttp((Integer) port.invoke(server))) {
        assertThat(raw.send(RawHttp.get("/anything")).read().status()).isEqualTo(404);
      } finally {
        server.getClass().getMethod("close").invoke(server);
      }
    }
  }
}
