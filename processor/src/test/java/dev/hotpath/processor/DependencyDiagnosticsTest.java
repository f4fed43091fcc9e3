package dev.hotpath.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hotpath.processor.Sources.IMPORTS;
import static dev.hotpath.processor.Sources.compile;
import static dev.hotpath.processor.Sources.controller;
import static dev.hotpath.processor.Sources.file;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic about providers and {@code @Requires}: its message and the line it points at. */
class DependencyDiagnosticsTest {
  /** {@code test.P}, a provider class with this body, and the records its tests provide. */
  private static JavaFileObject providers(String body) {
    return file("test.P", "package test;\n" + IMPORTS + "public class P {\n" + body + "\n}\n"
        + "record User(String name) {}\nrecord Token(String value) {}\nrecord Db(int id) {}\n");
  }

  /** {@code test.TestApi} listing {@code test.C} and {@code test.P}. */
  private static final JavaFileObject API = file("test.TestApi", """
      package test;
      @dev.hotpath.Api(controllers = C.class, providers = P.class)
      public final class TestApi {}
      """);

  private static final JavaFileObject ROUTE = controller("@Get(\"/a\") public String a(User user) { return \"\"; }");

  private static Compilation compileWith(JavaFileObject providers, JavaFileObject controller) {
    return compile(providers, controller, API);
  }

  @Test
  void aCleanGraphCompilesAndItsPlanIsNoted() {
    Compilation compilation = compileWith(providers("""
        @Provides public Token token(@Header String authorization) { return new Token(authorization); }
        @Provides public CompletionStage<User> user(Token token) { return CompletableFuture.completedFuture(null); }
        @Provides public Scoped<Db> db() { return Scoped.of(new Db(1), () -> {}); }
        """), controller("@Requires(Db.class)\n@Get(\"/a\") public String a(User user) { return \"\"; }"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("GET /c/a first runs its providers: P#db() (blocking: hops to the "
        + "worker pool), P#token(String) (blocking, on the worker pool), P#user(Token) (non-blocking, on the worker "
        + "pool); then the route (blocking: hops to the worker pool)");
  }

  @Test
  void providesMethodsMustBePublicAndNotGeneric() {
    JavaFileObject source = providers("""
        @Provides User user() { return null; }
        @Provides public <T> Token token() { return null; }
        """);
    Compilation compilation = compileWith(source, ROUTE);
    assertThat(compilation).hadErrorContaining("@Provides methods must be public").inFile(source)
        .onLineContaining("User user()");
    assertThat(compilation).hadErrorContaining("@Provides methods cannot have type parameters").inFile(source)
        .onLineContaining("<T> Token token()");
  }

  @Test
  void providesMethodsReturnWhatTheyProvide() {
    JavaFileObject source = providers("""
        @Provides public void check() {}
        @Provides public CompletionStage<?> later() { return null; }
        @Provides public Scoped<CompletionStage<User>> inside() { return null; }
        @Provides public Request request() { return null; }
        """);
    Compilation compilation = compileWith(source, ROUTE);
    assertThat(compilation).hadErrorContaining("@Provides methods return the value they provide").inFile(source)
        .onLineContaining("void check()");
    assertThat(compilation).hadErrorContaining("@Provides methods cannot return java.util.concurrent.CompletionStage<?>: "
        + "name the provided type").inFile(source).onLineContaining("later()");
    assertThat(compilation).hadErrorContaining("provide a value, a Scoped value, or a future of one").inFile(source)
        .onLineContaining("inside()");
    assertThat(compilation).hadErrorContaining("dev.hotpath.Request is injected by the server and cannot be provided")
        .inFile(source).onLineContaining("Request request()");
  }

  @Test
  void eachTypeHasOneProvider() {
    JavaFileObject source = providers("""
        @Provides public User first() { return null; }
        @Provides public CompletionStage<User> second() { return null; }
        """);
    assertThat(compileWith(source, ROUTE))
        .hadErrorContaining("test.User is already provided by P#first(); an API has exactly one provider of each type")
        .inFile(source).onLineContaining("second()");
  }

  @Test
  void aCycleIsNamedLinkByLink() {
    JavaFileObject source = providers("""
        @Provides public User user(Token token) { return null; }
        @Provides public Token token(Db db) { return null; }
        @Provides public Db db(User user) { return null; }
        """);
    assertThat(compileWith(source, ROUTE))
        .hadErrorContaining("Providers need each other in a cycle: P#user(Token) → P#token(Db) → P#db(User) → "
            + "P#user(Token); one of them must do without the other")
        .inFile(source).onLineContaining("User user(Token token)");
  }

  @Test
  void requiresOfATypeNobodyProvides() {
    JavaFileObject route = controller("@Requires({User.class, Token.class})\n@Get(\"/a\") public String a() { return \"\"; }");
    assertThat(compileWith(providers("@Provides public User user() { return null; }"), route))
        .hadErrorContaining("@Requires(Token.class): no @Provides method of the API's providers provides test.Token")
        .inFile(route).onLineContaining("@Requires({User.class, Token.class})");
  }

  @Test
  void requiresOnAControllerAndOnTheApiAreCheckedToo() {
    JavaFileObject route = controller("@Controller(\"/c\")\n@Requires(Token.class)",
        "@Get(\"/a\") public String a() { return \"\"; }");
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = C.class, providers = P.class)
        @dev.hotpath.Requires(Db.class)
        public final class TestApi {}
        """);
    Compilation compilation = compile(providers("@Provides public User user() { return null; }"), route, api);
    assertThat(compilation).hadErrorContaining("@Requires(Token.class)").inFile(route).onLineContaining("@Requires(Token.class)");
    assertThat(compilation).hadErrorContaining("@Requires(Db.class)").inFile(api).onLineContaining("@dev.hotpath.Requires(Db.class)");
  }

  @Test
  void requiresBelongsOnRoutesNotProviders() {
    JavaFileObject source = providers("@Requires(Token.class)\n@Provides public User user() { return null; }");
    assertThat(compileWith(source, ROUTE))
        .hadErrorContaining("@Requires belongs on routes, controllers and the @Api type").inFile(source)
        .onLineContaining("@Requires(Token.class)");
  }

  @Test
  void providersOutsideTheListedClasses() {
    JavaFileObject route = controller("@Get(\"/a\") public String a() { return \"\"; }\n"
        + "@Provides public User user() { return null; }");
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = C.class)
        public final class TestApi {}
        """);
    JavaFileObject stray = file("test.Stray", "package test;\n" + IMPORTS
        + "public class Stray {\n  @Provides public String name() { return \"\"; }\n}\nrecord User(String name) {}\n");
    Compilation compilation = compile(route, api, stray);
    assertThat(compilation).hadErrorContaining(
        "@Provides methods belong in a class listed in @Api(providers = ...), not in a @Controller class; move user there")
        .inFile(route).onLineContaining("User user()");
    assertThat(compilation).hadErrorContaining(
        "@Provides method name is in Stray, which no @Api lists; add Stray.class to @Api(providers = ...)")
        .inFile(stray).onLineContaining("String name()");
  }

  @Test
  void aProviderClassThatCannotBeUsed() {
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = C.class,
            providers = {Empty.class, Empty.class})
        public final class TestApi {}
        class Empty {}
        """);
    Compilation compilation = compile(controller("@Get(\"/a\") public String a() { return \"\"; }"), api);
    assertThat(compilation).hadErrorContaining("test.Empty is listed in @Api(providers) but has no @Provides method")
        .inFile(api).onLineContaining("providers = {Empty.class, Empty.class}");
    assertThat(compilation).hadErrorContaining("test.Empty is listed twice in @Api(providers)")
        .inFile(api).onLineContaining("providers = {Empty.class, Empty.class}");
  }

  @Test
  void aProviderClassMustBeTopLevelOrStaticNested() {
    JavaFileObject api = file("test.TestApi", """
        package test;
        @dev.hotpath.Api(controllers = C.class,
            providers = Nested.Inner.class)
        public final class TestApi {}
        """);
    JavaFileObject nested = file("test.Nested", """
        package test;
        public class Nested {
          public class Inner {
            @dev.hotpath.Provides public String name() { return ""; }
          }
        }
        """);
    assertThat(compile(controller("@Get(\"/a\") public String a() { return \"\"; }"), api, nested))
        .hadErrorContaining("Provider class test.Nested.Inner must be top-level or a static nested class")
        .inFile(api).onLineContaining("providers = Nested.Inner.class");
  }

  @Test
  void aProviderReadingTheFormMustSuitEachRouteUsingIt() {
    JavaFileObject source = providers("""
        @Provides public User user(@Form String name) { return null; }
        """);
    JavaFileObject routes = controller("""
        @Get("/users") public String list(User user) { return ""; }
        @Post("/users") public String create(User user, Db db) { return ""; }
        """);
    Compilation compilation = compile(source, routes, API);
    assertThat(compilation).hadErrorContaining("@Get methods cannot have a body, and GET /c/users uses provider "
        + "P#user(String), which reads parameter name from it").inFile(routes).onLineContaining("@Get(\"/users\")");
    assertThat(compilation).hadErrorContaining("POST /c/users reads both form fields (P#user(String) name) and a JSON "
        + "body (db)").inFile(routes).onLineContaining("@Post(\"/users\")");
  }

  @Test
  void aNonBlockingProviderCannotReadAnUploadWhole() {
    JavaFileObject source = providers("""
        @Provides public CompletionStage<Token> token(
        @Form byte[] raw) { return null; }
        """);
    Compilation compilation = compile(source, controller("@Post(\"/a\") public String a(Token t) { return \"\"; }"),
        API);
    assertThat(compilation).hadErrorContaining("@Form byte[] parameter raw reads the whole upload, possibly from disk, "
        + "which would block the event loop of non-blocking provider P#token(byte[])").inFile(source)
        .onLineContaining("@Form byte[] raw");
  }

  @Test
  void whatAProviderReadsMustSuitEachRouteUsingIt() {
    JavaFileObject source = providers("""
        @Provides public User user(@Path("id") String id, String name) { return null; }
        @Provides public Token token(Db body) { return null; }
        """);
    JavaFileObject routes = controller("""
        @Get("/users/{name}") public String byName(User user) { return ""; }
        @Get("/tokens") public String token(Token token) { return ""; }
        @Post("/tokens") public String post(Token token, User other) { return ""; }
        """);
    Compilation compilation = compile(source, routes, API);
    assertThat(compilation).hadErrorContaining("GET /c/users/{name} uses provider P#user(String, String), whose @Path "
        + "parameter \"id\" is not a variable of the template \"/c/users/{name}\"").inFile(routes)
        .onLineContaining("@Get(\"/users/{name}\")");
    assertThat(compilation).hadErrorContaining("GET /c/users/{name} uses provider P#user(String, String), whose "
        + "parameter name is read from the query while the template has {name}; annotate it @Path").inFile(routes)
        .onLineContaining("@Get(\"/users/{name}\")");
    assertThat(compilation).hadErrorContaining("Path variable {name} has no parameter").inFile(routes)
        .onLineContaining("@Get(\"/users/{name}\")");
    assertThat(compilation).hadErrorContaining("@Get methods cannot have a body, and GET /c/tokens uses provider "
        + "P#token(Db), which reads parameter body from it").inFile(routes).onLineContaining("@Get(\"/tokens\")");
  }

  @Test
  void aPathVariableReadOnlyByAProviderIsBound() {
    JavaFileObject source = providers("@Provides public User user(@Path(\"name\") String name) { return null; }");
    JavaFileObject routes = controller("@Get(\"/users/{name}\") public String byName(User user) { return \"\"; }");
    assertThat(compile(source, routes, API)).succeeded();
  }

  @Test
  void aProvidedParameterTakesNoDefaultOrConstraint() {
    JavaFileObject source = providers("@Provides public User user() { return null; }");
    JavaFileObject route = controller("@Get(\"/a\") public String a(\n@jakarta.validation.constraints.NotNull User user) "
        + "{ return \"\"; }");
    assertThat(compile(source, route, API))
        .hadErrorContaining("Parameter user is provided (a @Provides method gives test.User), so @NotNull does not "
            + "apply; remove it, or annotate the parameter @Query, @Header, ... to read it from the request")
        .inFile(route).onLineContaining("@jakarta.validation.constraints.NotNull User user");
  }

  @Test
  void theBodyIsReadInOnePlace() {
    JavaFileObject source = providers("@Provides public Token token(Db body) { return null; }");
    JavaFileObject routes = controller("@Post(\"/t\") public String post(Token token, User user) { return \"\"; }");
    assertThat(compile(source, routes, API))
        .hadErrorContaining("POST /c/t reads the JSON body in more than one place (user, P#token(Db) body)")
        .inFile(routes).onLineContaining("@Post(\"/t\")");
  }
}
