package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hotpath.processor.Sources.API;
import static dev.hotpath.processor.Sources.compile;
import static dev.hotpath.processor.Sources.controller;
import static dev.hotpath.processor.Sources.file;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic the processor emits: its message and the line it points at. */
class DiagnosticsTest {
  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation = compile(source, API);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  // Route methods

  @Test
  void privateRouteMethod() {
    assertError(controller("@Get(\"/a\") private String a() { return \"\"; }"),
        "@Get methods cannot be private", "private String a()");
  }

  @Test
  void genericRouteMethod() {
    assertError(controller("@Get(\"/a\") public <T> String a() { return \"\"; }"),
        "@Get methods cannot have type parameters", "<T> String a()");
  }

  @Test
  void routeOutsideController() {
    JavaFileObject source = file("test.Loose", """
        package test;
        import dev.hotpath.*;
        public class Loose {
          @Post("/x") public String x() { return ""; }
        }
        """);
    Compilation compilation = compile(source, controller("@Get(\"/a\") public String a() { return \"\"; }"), API);
    assertThat(compilation).hadErrorContaining(
        "@Post methods must be in a class annotated @Controller; annotate Loose with @Controller")
        .inFile(source).onLineContaining("public String x()");
  }

  @Test
  void packagePrivateRouteWithApiInAnotherPackage() {
    JavaFileObject source = controller("@Get(\"/a\") String a() { return \"\"; }");
    JavaFileObject api = file("other.OtherApi", """
        package other;
        @dev.hotpath.Api(controllers = test.C.class)
        public final class OtherApi {}
        """);
    Compilation compilation = compile(source, api);
    assertThat(compilation).hadErrorContaining(
        "@Get methods must be public when the @Api router is in another package (other)")
        .inFile(source).onLineContaining("String a()");
  }

  @Test
  void twoRouteAnnotations() {
    assertError(controller("@Get(\"/a\")\n@Post(\"/a\")\npublic String a() { return \"\"; }"),
        "A method can have only one route annotation; found @Get and @Post", "@Post(\"/a\")");
  }

  @Test
  void blockingAndNonBlocking() {
    assertError(controller("@Blocking\n@NonBlocking\n@Get(\"/a\") public String a() { return \"\"; }"),
        "@Blocking and @NonBlocking cannot both be on a method; choose one", "@NonBlocking");
  }

  @Test
  void formOnGet() {
    assertError(controller("@Get(\"/a\") public String a(\n@Form String name) { return \"\"; }"),
        "@Get methods cannot have a body, and @Form parameter name would read it. Did you mean @Post, or @Query?",
        "@Form String name");
  }

  @Test
  void formTypesThatCannotBeAField() {
    assertError(controller("@Post(\"/a\") public String a(\n@Form java.util.Map<String, String> fields) { return \"\"; }"),
        "@Form parameter fields cannot have type java.util.Map<java.lang.String,java.lang.String>; use a scalar",
        "@Form java.util.Map<String, String> fields");
    assertError(controller("@Post(\"/a\") public String a(\n@Form java.util.Set<FileUpload> files) { return \"\"; }"),
        "or for a file FileUpload, Optional<FileUpload>, List<FileUpload> or byte[]", "java.util.Set<FileUpload> files");
  }

  @Test
  void formAndJsonBodyTogether() {
    assertError(controller("record Item(String name) {}\n"
            + "@Post(\"/a\")\npublic String a(@Form String name, Item item) { return \"\"; }"),
        "POST /c/a reads both form fields (name) and a JSON body (item): a request has one body; make them all "
            + "@Form, or none", "public String a(@Form String name, Item item)");
  }

  @Test
  void uploadBytesOnANonBlockingRoute() {
    assertError(controller("@Post(\"/a\") public java.util.concurrent.CompletionStage<String> a(\n@Form byte[] data) "
            + "{ return null; }"),
        "@Form byte[] parameter data reads the whole upload, possibly from disk, which would block the event loop "
            + "of non-blocking route POST /c/a; take a FileUpload", "@Form byte[] data");
  }

  @Test
  void defaultOnAFile() {
    assertError(controller("@Post(\"/a\") public String a(\n@Form @Default(\"x\") FileUpload file) { return \"\"; }"),
        "@Default cannot be used on file parameter file", "@Default(\"x\")");
  }

  @Test
  void annotationsNotSupportedYet() {
    assertError(controller("@Provides\n@Get(\"/a\") public String a() { return \"\"; }"),
        "@Get methods cannot also be @Provides methods", "@Provides");
    assertError(controller("@ExceptionHandler\n@Get(\"/a\") public String a() { return \"\"; }"),
        "@Get methods cannot also be @ExceptionHandler methods", "@ExceptionHandler");
  }

  @Test
  void exceptionHandlerShapes() {
    String route = "@Get(\"/a\") public String a() { return \"\"; }\n";
    assertError(controller(route + "@ExceptionHandler public Response<String> h(\nString notAnException) { return null; }"),
        "@ExceptionHandler methods take the exception (a Throwable) and optionally the Request, nothing else",
        "String notAnException");
    assertError(controller(route + "@ExceptionHandler\npublic Response<String> h() { return null; }"),
        "@ExceptionHandler methods take the exception", "public Response<String> h()");
    assertError(controller(route + "@ExceptionHandler\npublic String h(RuntimeException e) { return null; }"),
        "@ExceptionHandler methods return Response<T>, not java.lang.String", "public String h(RuntimeException e)");
    assertError(controller(route + "@ExceptionHandler\nprivate Response<String> h(RuntimeException e) { return null; }"),
        "@ExceptionHandler methods cannot be private", "private Response<String> h(");
    assertError(controller(route + "@ExceptionHandler public Response<String> h(RuntimeException e) { return null; }\n"
            + "@ExceptionHandler\npublic Response<String> again(RuntimeException e) { return null; }"),
        "A handler for java.lang.RuntimeException is already declared by h in this class",
        "public Response<String> again(");
  }

  // Controllers and APIs

  @Test
  void controllerNotPublicWithApiInAnotherPackage() {
    JavaFileObject source = file("test.Hidden", """
        package test;
        import dev.hotpath.*;
        @Controller
        class Hidden {
          @Get("/a") public String a() { return ""; }
        }
        """);
    JavaFileObject api = file("other.OtherApi", """
        package other;
        @dev.hotpath.Api
        public final class OtherApi {}
        """);
    assertThat(compile(source, api)).hadErrorContaining(
        "@Controller classes must be public when the @Api router is in another package (other)")
        .inFile(source).onLineContaining("class Hidden");
  }

  @Test
  void genericController() {
    JavaFileObject source = file("test.C", """
        package test;
        import dev.hotpath.*;
        @Controller
        public class C<T> {
          @Get("/a") public String a() { return ""; }
        }
        """);
    assertError(source, "@Controller classes cannot have type parameters", "public class C<T>");
  }

  @Test
  void innerController() {
    JavaFileObject source = file("test.Outer", """
        package test;
        import dev.hotpath.*;
        public class Outer {
          @Controller
          public class Inner {
            @Get("/a") public String a() { return ""; }
          }
        }
        """);
    JavaFileObject api = file("test.TestApi", "package test; @dev.hotpath.Api(controllers = Outer.Inner.class) "
        + "public final class TestApi {}");
    assertThat(compile(source, api)).hadErrorContaining("@Controller classes must be top-level or static nested classes")
        .inFile(source).onLineContaining("public class Inner");
  }

  @Test
  void apiListsANonController() {
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = {C.class, String.class})
        public final class TestApi {}
        """);
    assertThat(compile(controller("@Get(\"/a\") public String a() { return \"\"; }"), api))
        .hadErrorContaining("java.lang.String is listed in @Api(controllers) but is not annotated @Controller")
        .inFile(api).onLineContaining("String.class");
  }

  @Test
  void apiListsAControllerTwice() {
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = {C.class,
            C.class})
        public final class TestApi {}
        """);
    assertThat(compile(controller("@Get(\"/a\") public String a() { return \"\"; }"), api))
        .hadErrorContaining("test.C is listed twice in @Api(controllers)").inFile(api).onLineContaining("    C.class})");
  }

  @Test
  void apiWithoutControllers() {
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api
        public final class TestApi {}
        """);
    assertThat(compile(api)).hadErrorContaining(
        "@Api has no controllers; list them in @Api(controllers) or annotate classes with @Controller")
        .inFile(api).onLineContaining("@dev.hotpath.Api");
  }

  // Templates

  @Test
  void invalidTemplates() {
    assertError(controller("@Get(\"a\") public String a() { return \"\"; }"),
        "Invalid path template \"a\": it must start with /", "@Get(\"a\")");
    assertError(controller("@Get(\"/a/{id\") public String a(String id) { return \"\"; }"),
        "a variable must be a whole segment, such as /{id}; found \"{id\"", "@Get(\"/a/{id\")");
    assertError(controller("@Get(\"/a/x{id}\") public String a(String id) { return \"\"; }"),
        "a variable must be a whole segment", "@Get(\"/a/x{id}\")");
    assertError(controller("@Get(\"/a/{}\") public String a() { return \"\"; }"),
        "variable name \"\" is not a valid name", "@Get(\"/a/{}\")");
    assertError(controller("@Get(\"/{id}/{id}\") public String a(String id) { return \"\"; }"),
        "variable {id} appears twice", "@Get(\"/{id}/{id}\")");
    assertError(controller("@Get(\"/{rest:path}/x\") public String a(String rest) { return \"\"; }"),
        "{rest:path} must be the last segment", "@Get(\"/{rest:path}/x\")");
    assertError(controller("@Get(\"/{id:int}\") public String a(String id) { return \"\"; }"),
        "unknown variable type :int; only {name:path} is supported", "@Get(\"/{id:int}\")");
    assertError(controller("@Get(\"/a//b\") public String a() { return \"\"; }"),
        "it has an empty segment (//)", "@Get(\"/a//b\")");
    assertError(controller("@Get(\"/a?x=1\") public String a() { return \"\"; }"),
        "it must not contain ? or #", "@Get(\"/a?x=1\")");
  }

  @Test
  void invalidControllerPrefix() {
    assertError(controller("@Controller(\"c\")", "@Get(\"/a\") public String a() { return \"\"; }"),
        "Invalid @Controller prefix \"c\": it must start with / and not end with /", "@Controller(\"c\")");
    assertError(controller("@Controller(\"/c/\")", "@Get(\"/a\") public String a() { return \"\"; }"),
        "Invalid @Controller prefix \"/c/\"", "@Controller(\"/c/\")");
  }

  @Test
  void templateVariableWithoutParameter() {
    assertError(controller("@Get(\"/items/{id}\")\npublic String a() { return \"\"; }"),
        "Path variable {id} has no parameter; add a parameter named id, or annotate one with @Path(\"id\")",
        "@Get(\"/items/{id}\")");
  }

  @Test
  void pathParameterNotInTemplate() {
    assertError(controller("@Get(\"/items/{id}\") public String a(String id,\n @Path(\"other\") String x) { return \"\"; }"),
        "@Path parameter \"other\" is not a variable of the template \"/c/items/{id}\"", "@Path(\"other\") String x");
  }

  @Test
  void pathVariableBoundTwice() {
    assertError(controller("@Get(\"/items/{id}\") public String a(String id, @Path(\"id\") String again) { return \"\"; }"),
        "Path variable {id} is bound by two parameters", "@Get(\"/items/{id}\")");
  }

  @Test
  void duplicateRoute() {
    assertError(controller("@Get(\"/a\") public String a() { return \"\"; }\n@Get(\"/a\") public String b() { return \"\"; }"),
        "Duplicate route GET /c/a: also declared by C#a()", "public String b()");
  }

  @Test
  void ambiguousRoutes() {
    assertError(controller("@Get(\"/{id}\") public String a(String id) { return \"\"; }\n"
            + "@Get(\"/{name}\") public String b(String name) { return \"\"; }"),
        "Ambiguous routes: GET /c/{name} and GET /c/{id} (C#a(String)) match the same paths", "public String b(");
  }

  // Parameters

  @Test
  void twoSourceAnnotations() {
    assertError(controller("@Get(\"/a\") public String a(@Query @Header String x) { return \"\"; }"),
        "Parameter x has both @Query and @Header; choose one", "@Query @Header String x");
  }

  @Test
  void bodyOnGet() {
    assertError(controller("@Get(\"/a\") public String a(\nMap<String, String> filter) { return \"\"; }"),
        "@Get methods cannot have a body, and parameter filter would be the JSON body. Did you mean @Post, or @Query?",
        "Map<String, String> filter");
  }

  @Test
  void typesThatCannotBeJsonNameThePathToTheField() {
    JavaFileObject types = file("test.NewItem", """
        package test;
        public record NewItem(String name, Owner owner) {
          public record Owner(String id, java.io.File file) {}
        }
        """);
    JavaFileObject source = controller("@Post(\"/a\") public String a(\nNewItem item) { return \"\"; }");
    assertThat(compile(source, types, API)).hadErrorContaining(
        "NewItem.owner.file: java.io.File is not a JSON type; supported are records, enums")
        .inFile(source).onLineContaining("NewItem item");
  }

  @Test
  void unsupportedJsonShapes() {
    assertError(controller("@Get(\"/a\")\npublic Thread a() { return null; }"),
        "Thread: java.lang.Thread is not a JSON type", "public Thread a()");
    assertError(controller("@Post(\"/a\") public String a(\nchar[] letters) { return \"\"; }"),
        "char[]: arrays of char are not supported; use String or List<java.lang.Character>", "char[] letters");
    assertError(controller("@Post(\"/a\") public String a(\nRunnable task) { return \"\"; }"),
        "Runnable: java.lang.Runnable is not a JSON type", "Runnable task");
    assertError(controller("@Post(\"/a\") public String a(\nMap<List<String>, String> m) { return \"\"; }"),
        "map keys must be text, enums or scalars", "Map<List<String>, String> m");
    assertError(controller("@Get(\"/a\")\npublic <T> List<T> a() { return null; }"),
        "List[]: T is not a concrete type", "public <T> List<T> a()");
  }

  @Test
  void classesNeedAWayToBeBuilt() {
    JavaFileObject types = file("test.Closed", """
        package test;
        public class Closed {
          private final String secret;
          private Closed(String secret) { this.secret = secret; }
          public String getSecret() { return secret; }
        }
        """);
    JavaFileObject source = controller("@Post(\"/a\") public String a(\nClosed closed) { return \"\"; }");
    assertThat(compile(source, types, API)).hadErrorContaining("Closed: test.Closed is not a JSON type: it has no public "
        + "constructor taking its fields, no @JsonCreator constructor, and no public no-argument constructor with "
        + "public fields").inFile(source).onLineContaining("Closed closed");
  }

  @Test
  void constraintsThatCannotApply() {
    JavaFileObject types = file("test.Sized", """
        package test;
        public record Sized(@jakarta.validation.constraints.Size(max = 3) int count) {}
        """);
    JavaFileObject source = controller("@Post(\"/a\") public String a(\nSized sized) { return \"\"; }");
    assertThat(compile(source, types, API)).hadErrorContaining("Sized.count: @Size cannot apply to a number")
        .inFile(source).onLineContaining("Sized sized");
    assertError(controller("@Get(\"/a\") public String a(\n@jakarta.validation.constraints.Email int x) "
            + "{ return \"\"; }"),
        "Parameter x: @Email cannot apply to a number", "@jakarta.validation.constraints.Email int x");
    assertError(controller("@Get(\"/a\") public String a(\n@jakarta.validation.constraints.Pattern(regexp = \"(\") "
            + "String x) { return \"\"; }"),
        "Parameter x: @Pattern(\"(\") is not a valid regular expression", "@jakarta.validation.constraints.Pattern");
  }

  @Test
  void unsupportedParameterTypes() {
    assertError(controller("@Get(\"/a\") public String a(@Query Map<String, String> m) { return \"\"; }"),
        "Query parameter m cannot have type java.util.Map<java.lang.String,java.lang.String>; use a primitive, a box, "
            + "String, UUID, BigDecimal, BigInteger, an enum or a java.time type, or Optional, List or Set of one",
        "Map<String, String> m");
    assertError(controller("@Get(\"/a\") public String a(@Header char c) { return \"\"; }"),
        "Header parameter c cannot have type char", "@Header char c");
    assertError(controller("@Get(\"/a\") public String a(@Cookie List<String> c) { return \"\"; }"),
        "Cookie parameter c cannot have type java.util.List<java.lang.String>; use a primitive, a box, String, UUID, "
            + "BigDecimal, BigInteger, an enum or a java.time type, or Optional of one", "@Cookie List<String> c");
    assertError(controller("@Get(\"/a\") public String a(@Query Optional<List<String>> o) { return \"\"; }"),
        "Query parameter o cannot have type", "Optional<List<String>> o");
  }

  @Test
  void pathParameterMustBeASingleRequiredValue() {
    assertError(controller("@Get(\"/{id}\") public String a(Optional<String> id) { return \"\"; }"),
        "Path parameter id must be a single required value, not java.util.Optional<java.lang.String>",
        "Optional<String> id");
  }

  @Test
  void annotatedRequest() {
    assertError(controller("@Get(\"/a\") public String a(@Query Request request) { return \"\"; }"),
        "Parameter request of type Request is injected; remove @Query", "@Query Request request");
    assertError(controller("@Get(\"/a\") public String a(@Header BackgroundTasks tasks) { return \"\"; }"),
        "Parameter tasks of type BackgroundTasks is injected; remove @Header", "@Header BackgroundTasks tasks");
  }

  @Test
  void defaultThatDoesNotConvert() {
    assertError(controller("@Get(\"/a\") public String a(@Default(\"ten\") int limit) { return \"\"; }"),
        "@Default(\"ten\") is not a valid java.lang.Integer for parameter limit", "@Default(\"ten\") int limit");
    assertError(controller("@Get(\"/a\") public String a(@Default(\"PINK\") java.time.DayOfWeek day) { return \"\"; }"),
        "@Default(\"PINK\") is not a valid DayOfWeek for parameter day", "@Default(\"PINK\")");
  }

  @Test
  void defaultWhereItDoesNotApply() {
    assertError(controller("@Get(\"/{id}\") public String a(@Default(\"1\") int id) { return \"\"; }"),
        "@Default cannot be used on path parameter id", "@Default(\"1\") int id");
    assertError(controller("@Get(\"/a\") public String a(@Default(\"1\") List<Integer> ids) { return \"\"; }"),
        "@Default cannot be used on collection parameter ids", "@Default(\"1\") List<Integer> ids");
  }

  @Test
  void nullablePrimitive() {
    JavaFileObject nullable = file("test.Nullable", """
        package test;
        @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
        public @interface Nullable {}
        """);
    JavaFileObject source = controller("@Get(\"/a\") public String a(@Nullable int page) { return \"\"; }");
    assertThat(compile(source, nullable, API)).hadErrorContaining(
        "Parameter page is a primitive int and cannot be null; use java.lang.Integer for an optional value")
        .inFile(source).onLineContaining("@Nullable int page");
  }

  // Return types

  @Test
  void streamsThatCannotBeWritten() {
    assertError(controller("@Get(\"/a\") public java.util.stream.Stream<?> a() { return null; }"),
        "is not supported: give Stream its element type, such as Stream<Item>", "java.util.stream.Stream<?> a()");
    assertError(controller("@Get(\"/a\") public Flow.Publisher a() { return null; }"),
        "is not supported: give Flow.Publisher its element type, such as Flow.Publisher<Item>", "Flow.Publisher a()");
    assertError(controller("@Get(\"/a\") public Flow.Publisher<Response<String>> a() { return null; }"),
        "a Flow.Publisher of dev.hotpath.Response<java.lang.String> cannot be written; stream values, text, bytes or "
            + "ServerSentEvent<T>", "Flow.Publisher<Response<String>> a()");
    assertError(controller("@Get(\"/a\") public java.util.stream.Stream<CompletionStage<String>> a() { return null; }"),
        "cannot be written; stream values, text, bytes or ServerSentEvent<T>", "Stream<CompletionStage<String>> a()");
    assertError(controller("@Get(\"/a\") public Flow.Publisher<ServerSentEvent<?>> a() { return null; }"),
        "give ServerSentEvent its data type, such as ServerSentEvent<Item>", "Flow.Publisher<ServerSentEvent<?>> a()");
    assertError(controller("@Get(\"/a\") public java.util.stream.Stream<Thread> a() { return null; }"),
        "Thread", "java.util.stream.Stream<Thread> a()");
  }

  @Test
  void unsupportedReturnTypes() {
    assertError(controller("@SuppressWarnings(\"rawtypes\") @Get(\"/a\")\npublic CompletionStage a() { return null; }"),
        "Return type java.util.concurrent.CompletionStage is not supported: give the future a type argument",
        "public CompletionStage a()");
    assertError(controller("@Get(\"/a\")\npublic CompletionStage<CompletableFuture<String>> a() { return null; }"),
        "a future of a future; compose the stages and return one", "public CompletionStage<CompletableFuture");
    assertError(controller("@Get(\"/a\")\npublic CompletionStage<?> a() { return null; }"),
        "a future of a wildcard has no known body type", "public CompletionStage<?> a()");
    assertError(controller("@SuppressWarnings(\"rawtypes\") @Get(\"/a\")\npublic Response a() { return null; }"),
        "give Response a type argument, such as Response<String>", "public Response a()");
  }

  // Notes

  @Test
  void eachRouteGetsANoteWithItsMode() {
    JavaFileObject source = controller("""
        @Get("/plain") public String plain() { return ""; }
        @Get("/future") public CompletionStage<String> future() { return null; }
        @NonBlocking @Get("/inline") public String inline() { return ""; }
        @Blocking @Get("/pooled") public CompletableFuture<String> pooled() { return null; }
        """);
    Compilation compilation = compile(source, API);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(
        "GET /c/plain runs BLOCKING on the worker pool: returns a plain value, so it may block")
        .inFile(source).onLineContaining("plain()");
    assertThat(compilation).hadNoteContaining("GET /c/future runs NON_BLOCKING on the event loop: returns a future")
        .inFile(source).onLineContaining("future()");
    assertThat(compilation).hadNoteContaining(
        "GET /c/inline runs NON_BLOCKING on the event loop: @NonBlocking on a method returning a plain value")
        .inFile(source).onLineContaining("inline()");
    assertThat(compilation).hadNoteContaining(
        "GET /c/pooled runs BLOCKING on the worker pool: @Blocking on a method returning a future")
        .inFile(source).onLineContaining("pooled()");
  }
}
