package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.hotpath.Router;
import dev.hotpath.internal.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An API of 1,200 routes: every generated method stays well under HotSpot's 8,000-byte limit for
 * JIT compilation, and the generated matcher (with its hash buckets) finds every route.
 */
class LargeApiTest {
  private static final int ROUTES = 1200;
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < ROUTES; i++) {
      body.append("@Get(\"/r").append(i).append("/{id}\") public String r").append(i)
          .append("(long id) { return \"").append(i).append(":\" + id; }\n");
    }
    body.append("@Get(\"/r7/{id}/{name}/{rest:path}\") public String deep(long id, String name, String rest) "
        + "{ return rest; }\n");
    compilation = Sources.compile(Sources.controller(body.toString()), Sources.API);
  }

  @Test
  void everyGeneratedMethodIsSmallEnoughToCompile() throws IOException {
    assertThat(compilation).succeeded();
    JavaFileObject router = compilation.generatedFiles().stream()
        .filter(file -> file.getName().endsWith("TestApiRouter.class"))
        .findFirst().orElseThrow();
    try (InputStream in = router.openInputStream()) {
      Map<String, Integer> lengths = ClassFiles.codeLengths(in.readAllBytes());
      assertThat(lengths).isNotEmpty();
      lengths.forEach((method, length) -> {
        if (!method.startsWith("<")) { // constructors and the static initializer run once, interpreted
          assertThat(length).as(method).isLessThan(4000);
        }
      });
    }
  }

  @Test
  void theMatcherFindsEveryRouteAndNothingElse() throws Exception {
    Router router = instantiate();
    for (int i = 0; i < ROUTES; i++) {
      Resource resource = router.match("/c/r" + i + "/42");
      assertThat(resource).as("route %d", i).isNotNull();
      assertThat(resource.template()).isEqualTo("/c/r" + i + "/{id}");
    }
    assertThat(router.match("/c/r7/1/x/a/b").template()).isEqualTo("/c/r7/{id}/{name}/{rest:path}");
    assertThat(router.match("/c/r1200/1")).isNull();
    assertThat(router.match("/c/r1/")).isNull();
    assertThat(router.match("/c/r1")).isNull();
    assertThat(router.match("/c")).isNull();
    assertThat(router.match("")).isNull();
    assertThat(router.match("c/r1/1")).isNull();
  }

  private static Router instantiate() throws Exception {
    ClassLoader loader = new ClassLoader(LargeApiTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
          if (file.getName().endsWith(path)) {
            try (InputStream in = file.openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
        }
        throw new ClassNotFoundException(name);
      }
    };
    Class<?> controller = loader.loadClass("test.C");
    Object instance = controller.getConstructor().newInstance();
    return (Router) loader.loadClass("test.TestApiRouter").getConstructor(controller).newInstance(instance);
  }
}
