package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The router generated for a small API, compared as exact text with a checked-in copy so changes
 * to generated code show in review. Run with {@code -Dhotpath.golden.update=true} to rewrite it
 * on purpose.
 */
class GoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Path EXPECTED = ROOT.resolve("expected/test/SmallApiRouter.java");
  private static final Path EXPECTED_JSON = ROOT.resolve("expected/test/SmallApiJson.java");

  @Test
  void generatedCodeMatchesTheGoldenFiles() throws IOException {
    Compilation compilation = Sources.compile(smallApi().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    assertGolden(compilation, "test.SmallApiRouter", EXPECTED);
    assertGolden(compilation, "test.SmallApiJson", EXPECTED_JSON);
  }

  private static void assertGolden(Compilation compilation, String name, Path expected) throws IOException {
    String actual = compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    if (Boolean.getBoolean("hotpath.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void goldenCodeCompilesWithoutWarningsUnderXlintAll() {
    List<JavaFileObject> sources = new ArrayList<>(smallApi());
    sources.add(JavaFileObjects.forResource(toUrl(EXPECTED)));
    sources.add(JavaFileObjects.forResource(toUrl(EXPECTED_JSON)));
    Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static List<JavaFileObject> smallApi() {
    try (Stream<Path> files = Files.list(ROOT.resolve("small/test"))) {
      return files.sorted().map(GoldenTest::toUrl).map(JavaFileObjects::forResource).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.net.URL toUrl(Path path) {
    try {
      return path.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
