package dev.hotpath.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Source files for compile tests, and the compiler with the processor. */
final class Sources {
  private Sources() {}

  static final String IMPORTS = """
      import dev.hotpath.*;
      import java.util.*;
      import java.util.concurrent.*;
      """;

  /** {@code test.C}: a controller with this body. */
  static JavaFileObject controller(String annotation, String body) {
    return JavaFileObjects.forSourceString("test.C", "package test;\n" + IMPORTS + annotation + "\npublic class C {\n"
        + body + "\n}\n");
  }

  static JavaFileObject controller(String body) {
    return controller("@Controller(\"/c\")", body);
  }

  /** {@code test.TestApi} listing {@code test.C}. */
  static final JavaFileObject API = JavaFileObjects.forSourceString("test.TestApi", """
      package test;
      import dev.hotpath.Api;
      @Api(controllers = C.class)
      public final class TestApi {}
      """);

  static JavaFileObject file(String name, String source) {
    return JavaFileObjects.forSourceString(name, source);
  }

  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new HotpathProcessor()).compile(files);
  }
}
