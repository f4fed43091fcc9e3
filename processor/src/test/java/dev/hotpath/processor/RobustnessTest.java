package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hotpath.processor.Sources.compile;
import static dev.hotpath.processor.Sources.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken sources get javac's or our diagnostics, never a processor crash. */
class RobustnessTest {
  @ParameterizedTest
  @ValueSource(strings = {
      // syntax error inside a route
      "@Controller(\"/c\") public class C { @Get(\"/a\") public String a( { return \"\"; } }",
      // unknown parameter and return types, never generated
      "@Controller(\"/c\") public class C { @Get(\"/a\") public Missing a(AlsoMissing x) { return null; } }",
      // unknown annotation on a parameter, unknown type in a list
      "@Controller(\"/c\") public class C { @Get(\"/a\") public String a(@Nope List<Gone> x) { return \"\"; } }",
      // route annotation without a value type that fits
      "@Controller(\"/c\") public class C { @Get(value = 3) public String a() { return \"\"; } }",
      // annotation on a field and a constructor
      "@Controller(\"/c\") public class C { @Get(\"/a\") String field; @Get(\"/b\") public C() {} }",
      // an abstract controller and an interface
      "@Controller(\"/c\") public abstract class C { @Get(\"/a\") public abstract String a(); }",
      "@Controller(\"/c\") public interface C { @Get(\"/a\") String a(); }",
      // a controller that is an enum, with a recursive generic parameter
      "@Controller(\"/c\") public class C { @Get(\"/a\") public <T extends Comparable<T>> String a(T t) { return \"\"; } }",
      // no body at all
      "@Controller public class C {}",
  })
  void brokenSourceGivesDiagnosticsNotACrash(String source) {
    JavaFileObject controller = file("test.C", "package test;\n" + Sources.IMPORTS + source);
    Compilation compilation = compile(controller, Sources.API);
    assertThat(compilation.diagnostics())
        .noneMatch(d -> d.getMessage(null).contains("Hotpath processor failed"))
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getMessage(null).contains("Exception"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "@Api(controllers = Missing.class) public final class TestApi {}",
      "@Api(controllers = {}) public final class TestApi {}",
      "@Api(title = 42) public final class TestApi {}",
      "@Api public enum TestApi { A }",
  })
  void brokenApiGivesDiagnosticsNotACrash(String source) {
    JavaFileObject api = file("test.TestApi", "package test;\nimport dev.hotpath.*;\n" + source);
    Compilation compilation = compile(api);
    assertThat(compilation).failed();
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getMessage(null).contains("Hotpath processor failed"));
  }

  /**
   * JavaPoet's {@code $S} leaves U+2028/U+2029 raw and then breaks its output lines at them, which
   * split generated string literals and comments; every text from the source is a one-line literal.
   */
  @org.junit.jupiter.api.Test
  void textsWithLineSeparatorsQuotesAndNewlinesMakeCompilingCode() {
    JavaFileObject jsonProperty = file("com.fasterxml.jackson.annotation.JsonProperty", """
        package com.fasterxml.jackson.annotation;
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface JsonProperty { String value() default ""; }
        """);
    JavaFileObject controller = file("test.C", "package test;\n" + Sources.IMPORTS + """
        @Controller("/c")
        public class C {
          public record Odd(
              @com.fasterxml.jackson.annotation.JsonProperty("ls\\u2028ps\\u2029nel\\u0085 \\"q\\" \\\\ \\n*/") String text,
              @jakarta.validation.constraints.Pattern(regexp = "a\\u2028|b\\n") String p) {}

          @Post("/a")
          public Odd a(Odd odd, @Query("q\\u2028\\n") @Default("d\\u2029\\n\\"") String q) { return odd; }
        }
        """);
    Compilation compilation = compile(jsonProperty, controller, Sources.API);
    assertThat(compilation).succeeded();
  }
}
