package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static files under a prefix: types, index.html, validators and 304, ranges, and every way out of
 * the root refused.
 */
class StaticFilesTest {
  static final String SECRET = "the secret outside the root";

  @TempDir
  Path temp;

  Path root;
  TestClient client;

  /** A site with a sibling secret, and links to it and within it. */
  static Path site(Path temp) throws IOException {
    Path root = Files.createDirectories(temp.resolve("site"));
    Files.writeString(temp.resolve("secret.txt"), SECRET);
    Files.writeString(root.resolve("index.html"), "<h1>home</h1>");
    Files.createDirectories(root.resolve("css"));
    Files.writeString(root.resolve("css/site.css"), "body { color: red }");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/index.html"), "<h1>sub</h1>");
    Files.createDirectories(root.resolve("empty"));
    Files.writeString(root.resolve("digits.txt"), "0123456789abcdefghij");
    Files.setLastModifiedTime(root.resolve("digits.txt"), FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
    Files.createSymbolicLink(root.resolve("escape.txt"), temp.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("escape-dir"), temp);
    Files.createSymbolicLink(root.resolve("inside.css"), root.resolve("css/site.css"));
    return root;
  }

  @BeforeEach
  void start() throws IOException {
    root = site(temp);
    client = TestClient.of(Hotpath.server(Apis.router()).staticFiles("/static", root)
        .staticResources("/assets", "public"));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aFileWithItsTypeAndValidators() {
    TestResponse response = client.get("/static/css/site.css").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("body { color: red }");
    assertThat(response.header("content-type")).isEqualTo("text/css; charset=utf-8");
    assertThat(response.header("content-length")).isEqualTo("19");
    assertThat(response.header("accept-ranges")).isEqualTo("bytes");
    assertThat(response.header("etag")).matches("\"[0-9a-f]+-13\"");
    assertThat(response.header("last-modified")).endsWith(" GMT");
    assertThat(client.get("/static/digits.txt").send().header("last-modified"))
        .isEqualTo("Fri, 2 Jan 2026 03:04:05 GMT");
  }

  @Test
  void directoriesAnswerTheirIndexAndAreRedirectedToTheirSlash() {
    assertThat(client.get("/static/").send().body()).isEqualTo("<h1>home</h1>");
    assertThat(client.get("/static/").send().header("content-type")).isEqualTo("text/html; charset=utf-8");
    TestResponse bare = client.get("/static?v=1").send();
    assertThat(bare.status()).isEqualTo(307);
    assertThat(bare.header("location")).isEqualTo("/static/?v=1");
    assertThat(client.get("/static/sub").send().header("location")).isEqualTo("/static/sub/");
    assertThat(client.get("/static/sub/").send().body()).isEqualTo("<h1>sub</h1>");
    assertThat(client.get("/static/empty/").send().status()).isEqualTo(404);
    assertThat(client.get("/static/missing.txt").send().body()).isEqualTo("{\"detail\":\"Not Found\"}");
  }

  @Test
  void anUnchangedFileIs304ByETagOrDate() {
    TestResponse first = client.get("/static/digits.txt").send();
    String etag = first.header("etag");
    TestResponse same = client.get("/static/digits.txt").header("If-None-Match", etag).send();
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.bytes()).isEmpty();
    assertThat(same.header("etag")).isEqualTo(etag);
    assertThat(client.get("/static/digits.txt").header("If-None-Match", "\"other\", W/" + etag).send().status())
        .isEqualTo(304);
    assertThat(client.get("/static/digits.txt").header("If-None-Match", "\"other\"").send().status()).isEqualTo(200);
    String modified = first.header("last-modified");
    assertThat(client.get("/static/digits.txt").header("If-Modified-Since", modified).send().status())
        .isEqualTo(304);
    String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse("2025-01-01T00:00:00Z")
        .atZone(ZoneOffset.UTC));
    assertThat(client.get("/static/digits.txt").header("If-Modified-Since", earlier).send().status()).isEqualTo(200);
    // If-None-Match wins over the date
    assertThat(client.get("/static/digits.txt").header("If-None-Match", "\"other\"")
        .header("If-Modified-Since", modified).send().status()).isEqualTo(200);
  }

  @Test
  void rangesOfOneSpan() {
    TestResponse part = client.get("/static/digits.txt").header("Range", "bytes=2-5").send();
    assertThat(part.status()).isEqualTo(206);
    assertThat(part.body()).isEqualTo("2345");
    assertThat(part.header("content-range")).isEqualTo("bytes 2-5/20");
    assertThat(part.header("content-length")).isEqualTo("4");
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=-3").send().body()).isEqualTo("hij");
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=15-").send().body()).isEqualTo("fghij");
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=18-99").send().body()).isEqualTo("ij");
    TestResponse beyond = client.get("/static/digits.txt").header("Range", "bytes=20-").send();
    assertThat(beyond.status()).isEqualTo(416);
    assertThat(beyond.header("content-range")).isEqualTo("bytes */20");
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=0-1,4-5").send().status()).isEqualTo(200);
    assertThat(client.get("/static/digits.txt").header("Range", "lines=1-2").send().status()).isEqualTo(200);
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=5-2").send().status()).isEqualTo(200);
    String etag = client.get("/static/digits.txt").send().header("etag");
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=0-0").header("If-Range", etag).send()
        .status()).isEqualTo(206);
    assertThat(client.get("/static/digits.txt").header("Range", "bytes=0-0").header("If-Range", "\"stale\"").send()
        .status()).isEqualTo(200);
  }

  @Test
  void headAndOtherMethods() {
    TestResponse head = client.head("/static/digits.txt").send();
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("content-length")).isEqualTo("20");
    assertThat(head.bytes()).isEmpty();
    TestResponse post = client.post("/static/digits.txt").send();
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.header("allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void linksInsideTheRootAreFollowedAndLinksOutOfItAreNot() {
    assertThat(client.get("/static/inside.css").send().body()).isEqualTo("body { color: red }");
    assertThat(client.get("/static/escape.txt").send().status()).isEqualTo(404);
    assertThat(client.get("/static/escape-dir/secret.txt").send().status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E/secret.txt",
      "/static/..%2fsecret.txt", "/static/..%2Fsecret.txt", "/static/%2e%2e%2fsecret.txt",
      "/static/css/../../secret.txt",
      "/static/css/..%5c..%5csecret.txt", "/static/..\\secret.txt", "/static/%252e%252e/secret.txt",
      "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/css/%2e%2e/%2e%2e/secret.txt",
      "/static/secret.txt%00.css", "/static/./../secret.txt", "/static/%c0%ae%c0%ae/secret.txt",
      "/static/escape-dir/../secret.txt", "/assets/../public/hello.txt", "/assets/..%2fdev/hotpath/it/Apis.class"})
  void noWayOutOfTheRoot(String path) {
    TestResponse response = client.get(path).send();
    assertThat(response.status()).as(path).isIn(400, 404);
    assertThat(response.body()).doesNotContain(SECRET).doesNotContain("root:");
  }

  @Test
  void classpathFolders() {
    TestResponse hello = client.get("/assets/hello.txt").send();
    assertThat(hello.status()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("hello from the classpath\n");
    assertThat(hello.header("content-type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(client.get("/assets/docs").send().header("location")).isEqualTo("/assets/docs/");
    assertThat(client.get("/assets/docs/").send().body()).isEqualTo("<h1>docs</h1>\n");
    assertThat(client.get("/assets/nothing.txt").send().status()).isEqualTo(404);
    TestResponse range = client.get("/assets/hello.txt").header("Range", "bytes=0-4").send();
    assertThat(range.body()).isEqualTo("hello");
  }

  @Test
  void routesOfTheApiAreUnaffected() {
    assertThat(client.get("/r/").send().body()).isEqualTo("root");
    assertThat(client.get("/staticx").send().status()).isEqualTo(404);
  }

  @Test
  void aLargeFileIsSentWhole() throws IOException {
    byte[] big = new byte[300_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i % 251);
    }
    Files.write(root.resolve("big.bin"), big);
    TestResponse response = client.get("/static/big.bin").send();
    assertThat(response.header("content-type")).isEqualTo("application/octet-stream");
    assertThat(response.bytes()).isEqualTo(big);
    assertThat(new String(client.get("/static/big.bin").header("Range", "bytes=299990-").send().bytes(),
        StandardCharsets.ISO_8859_1)).hasSize(10);
  }
}
