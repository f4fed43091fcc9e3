package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.it.forms.FormsApiRouter;
import dev.hotpath.it.forms.FormProviders;
import dev.hotpath.it.forms.FormsController;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Form} fields and uploads, url-encoded and multipart, and their 422s, through TestClient. */
class FormsTest {
  @TempDir
  Path spill;

  private TestClient client;

  private TestClient client() {
    if (client == null) {
      client = TestClient.of(Hotpath.server(new FormsApiRouter(new FormsController(spill), new FormProviders()))
          .uploadSpill(1024, spill));
    }
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void urlencodedFieldsConvertWithDefaultsAndOptionals() {
    TestResponse response = client().post("/forms/login").form("username", "ada lovelace").form("password", "s3cr&t=")
        .send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("username=ada lovelace password=7 remember=false plan=-");
    assertThat(client().post("/forms/login").form("username", "é").form("password", "abc").form("remember", "yes")
        .form("plan", "PRO").send().body()).isEqualTo("username=é password=3 remember=true plan=PRO");
  }

  @Test
  void multipartTextFieldsBindAsUrlencodedOnesDo() {
    assertThat(client().post("/forms/login").multipart().form("username", "ada").form("password", "secret")
        .form("remember", "1").send().body()).isEqualTo("username=ada password=6 remember=true plan=-");
  }

  @Test
  void repeatedFieldsFillAListAndAScalarTakesTheLast() {
    assertThat(client().post("/forms/many").form("ids", "1").form("ids", "2").form("tag", "a").form("limit", "3")
        .form("limit", "4").send().body()).isEqualTo("ids=[1, 2] tags=[a] limit=4");
  }

  @Test
  void missingAndInvalidFieldsAreOne422AtBody() {
    TestResponse response = client().post("/forms/login").form("password", "ab").form("remember", "maybe")
        .form("plan", "GOLD").send();
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json()).isEqualTo(Map.of("detail", List.of(
        missing("username"),
        Map.of("type", "string_too_short", "loc", List.of("body", "password"),
            "msg", "String should have at least 3 characters", "input", "ab", "ctx", Map.of("min_length", 3L)),
        Map.of("type", "bool_parsing", "loc", List.of("body", "remember"),
            "msg", "Input should be a valid boolean, unable to interpret input", "input", "maybe"),
        Map.of("type", "enum", "loc", List.of("body", "plan"), "msg", "Input should be 'FREE' or 'PRO'",
            "input", "GOLD", "ctx", Map.of("expected", "'FREE' or 'PRO'")))));
  }

  @Test
  void listItemsAndConstraintsReportTheirIndex() {
    TestResponse response = client().post("/forms/many").form("ids", "1").form("ids", "x").form("tag", "a")
        .form("tag", "b").form("tag", "c").form("tag", "d").form("limit", "11").send();
    assertThat(response.status()).isEqualTo(422);
    List<?> detail = (List<?>) ((Map<?, ?>) response.json()).get("detail");
    assertThat(detail.stream().map(e -> ((Map<?, ?>) e).get("loc")).toList()).isEqualTo(List.of(
        List.of("body", "ids", 1L), List.of("body", "tag"), List.of("body", "limit")));
    assertThat(client().post("/forms/many").form("tag", "a").send().json().toString())
        .contains("missing").contains("[body, ids]");
  }

  @Test
  void aJsonBodyToAFormRouteIs415() {
    TestResponse response = client().post("/forms/login").body("application/json", "{\"username\":\"a\"}").send();
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.body()).contains("application/x-www-form-urlencoded");
  }

  @Test
  void anUploadHasItsNameTypeSizeAndContent() {
    byte[] png = "\u0089PNG fake image".getBytes(StandardCharsets.ISO_8859_1);
    TestResponse response = client().post("/forms/avatar").file("file", "me.png", "image/png", png)
        .form("caption", "hello").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).startsWith("me.png image/png " + png.length + " ").endsWith(" caption=hello");
  }

  @Test
  void aMissingFileAndTextWhereAFileBelongsAre422() {
    TestResponse missing = client().post("/forms/avatar").multipart().form("caption", "x").send();
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json()).isEqualTo(Map.of("detail", List.of(missing("file"))));
    TestResponse text = client().post("/forms/avatar").form("file", "not a file").send();
    assertThat(text.status()).isEqualTo(422);
    assertThat(text.json()).isEqualTo(Map.of("detail", List.of(Map.of("type", "value_error",
        "loc", List.of("body", "file"), "msg", "Value error, Expected UploadFile, received: <class 'str'>",
        "input", "not a file"))));
  }

  @Test
  void aFileWhereTextBelongsIsAStringTypeError() {
    TestResponse response = client().post("/forms/login").file("username", "a.txt", "text/plain", new byte[] {1})
        .form("password", "secret").send();
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json()).isEqualTo(Map.of("detail", List.of(Map.of("type", "string_type",
        "loc", List.of("body", "username"), "msg", "Input should be a valid string", "input", "a.txt"))));
  }

  @Test
  void severalFilesOfOneFieldAndAnOptionalOne() {
    assertThat(client().post("/forms/files").file("files", "a.txt", "text/plain", new byte[3])
        .file("files", "b.txt", "text/plain", new byte[5]).send().body()).isEqualTo("a.txt:3,b.txt:5 extra=-");
    assertThat(client().post("/forms/files").file("files", "a.txt", "text/plain", new byte[1])
        .file("extra", "e.bin", "application/octet-stream", new byte[2]).send().body())
        .isEqualTo("a.txt:1 extra=e.bin");
    assertThat(client().post("/forms/files").multipart().form("other", "x").send().status()).isEqualTo(422);
  }

  @Test
  void byteArrayFieldsTakeAFileOrText() {
    assertThat(client().post("/forms/bytes").file("data", "d.bin", "application/octet-stream",
        "hello bytes".getBytes(StandardCharsets.UTF_8)).send().body()).isEqualTo("11:hello bytes");
    assertThat(client().post("/forms/bytes").form("data", "text").send().body()).isEqualTo("4:text");
    assertThat(client().post("/forms/bytes").multipart().send().status()).isEqualTo(422);
  }

  @Test
  void largeUploadsSpillToDiskAndAreDeletedWhenTheRequestEnds() throws IOException {
    byte[] big = new byte[200_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    Path copy = spill.resolveSibling(spill.getFileName() + "-copy.bin");
    TestResponse response = client().post("/forms/spilled").file("file", "big.bin", "application/octet-stream", big)
        .form("copyTo", copy.toString()).send();
    assertThat(response.body()).isEqualTo("200000 spilled=1");
    assertThat(Files.readAllBytes(copy)).isEqualTo(big);
    Files.delete(copy);
    assertThat(countFiles(spill)).as("temporary files after the response").isZero();
    assertThat(client().post("/forms/spilled").file("file", "small.bin", "text/plain", new byte[10]).send().body())
        .isEqualTo("10 spilled=0");
  }

  @Test
  void aSpilledFileIsNotReadOnTheEventLoop() {
    assertThat(client().post("/forms/async").file("file", "small.txt", "text/plain", new byte[100]).send().body())
        .isEqualTo("small.txt 100 read 100");
    // TestClient runs the event loop on the test's thread, which is not a Netty event loop: over a socket
    // (UploadSocketTest) the same request is refused; here it reads, as any other thread may.
  }

  @Test
  void limitsOnPartsFieldSizeAndTotalAre413() {
    try (TestClient limited = TestClient.of(Hotpath.server(
        new FormsApiRouter(new FormsController(spill), new FormProviders()))
        .uploadLimits(10_000, 3, 100))) {
      assertThat(limited.post("/forms/many").multipart().form("ids", "1").form("ids", "2").form("ids", "3")
          .form("ids", "4").send().status()).isEqualTo(413);
      TestResponse field = limited.post("/forms/login").multipart().form("username", "u".repeat(101))
          .form("password", "abc").send();
      assertThat(field.status()).isEqualTo(413);
      assertThat(field.body()).contains("Form field too large");
      assertThat(limited.post("/forms/avatar").file("file", "f", "x/y", new byte[10_001]).send().status())
          .isEqualTo(413);
      assertThat(limited.post("/forms/avatar").file("file", "f", "x/y", new byte[9_000]).send().status())
          .isEqualTo(200);
    }
  }

  @Test
  void malformedMultipartIs400AndTheNextRequestIsServed() {
    TestResponse noBoundary = client().post("/forms/login").body("multipart/form-data", "x").send();
    assertThat(noBoundary.status()).isEqualTo(400);
    TestResponse garbage = client().post("/forms/login").body("multipart/form-data; boundary=zz",
        "--zz\r\nContent-Disposition: nonsense\r\n\r\nvalue\r\n--zz--\r\n").send();
    assertThat(garbage.status()).isIn(400, 422);
    assertThat(client().post("/forms/login").form("username", "a").form("password", "abc").send().status())
        .isEqualTo(200);
  }

  @Test
  void aMultipartBodyCutInsideAPartIs400() {
    TestResponse cut = client().post("/forms/avatar").body("multipart/form-data; boundary=zz",
        "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n" + "x".repeat(5000))
        .send();
    assertThat(cut.status()).isEqualTo(400);
    assertThat(cut.body()).contains("ends inside a part");
    assertThat(client().post("/forms/login").form("username", "a").form("password", "abc").send().status())
        .isEqualTo(200);
  }

  @Test
  void aClientsFileNameIsKeptAsSentNeverUsedAsAPath() {
    assertThat(client().post("/forms/files").file("files", "../../etc/passwd", "text/plain", new byte[2]).send()
        .body()).isEqualTo("../../etc/passwd:2 extra=-");
  }

  @Test
  void aPartHeaderPastTheDecodersBufferIs400() {
    TestResponse response = client().post("/forms/login").body("multipart/form-data; boundary=zz",
        "--zz\r\nContent-Disposition: form-data; name=\"username\"; x=\"" + "y".repeat(40_000)
            + "\"\r\n\r\nv\r\n--zz--\r\n")
        .send();
    assertThat(response.status()).isEqualTo(400);
  }

  /** Bytes no client should send, after a valid multipart head: an answer each time, never a crash or a leak. */
  @Test
  void hostileMultipartBodiesGetAnAnswerAndTheServerGoesOn() {
    java.util.Random random = new java.util.Random(42);
    String[] prefixes = {"", "--zz\r\n", "--zz\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n",
        "--zz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\nContent-Type: multipart/mixed; "
            + "boundary=yy\r\n\r\n--yy\r\n", "--zz\r\nContent-Disposition: form-data; name*=UTF-8''%E2%82%AC\r\n\r\n"};
    for (int i = 0; i < 200; i++) {
      byte[] noise = new byte[random.nextInt(3000)];
      random.nextBytes(noise);
      if (i % 3 == 0) {
        for (int j = 0; j < noise.length; j += 7) {
          noise[j] = (byte) "\r\n-z\"=;".charAt(random.nextInt(7));
        }
      }
      byte[] prefix = prefixes[i % prefixes.length].getBytes(StandardCharsets.ISO_8859_1);
      byte[] body = new byte[prefix.length + noise.length];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(noise, 0, body, prefix.length, noise.length);
      TestResponse response = client().post("/forms/login").body("multipart/form-data; boundary=zz", body).send();
      assertThat(response.status()).as("case " + i).isIn(200, 400, 413, 422);
    }
    assertThat(client().post("/forms/login").form("username", "a").form("password", "abc").send().status())
        .isEqualTo(200);
  }

  @Test
  void providersReadFormFieldsToo() {
    assertThat(client().post("/forms/who").form("username", "ada").form("pin", "1234").form("note", "hi").send()
        .body()).isEqualTo("ada 1234 hi");
    assertThat(client().post("/forms/who").multipart().form("username", "ada").form("pin", "1234").send().body())
        .isEqualTo("ada 1234 -");
    TestResponse invalid = client().post("/forms/who").form("pin", "12").send();
    assertThat(invalid.status()).isEqualTo(422);
    List<?> detail = (List<?>) ((Map<?, ?>) invalid.json()).get("detail");
    assertThat(detail.stream().map(e -> ((Map<?, ?>) e).get("loc")).toList())
        .isEqualTo(List.of(List.of("body", "username"), List.of("body", "pin")));
  }

  private static Map<String, Object> missing(String field) {
    Map<String, Object> error = new java.util.LinkedHashMap<>();
    error.put("type", "missing");
    error.put("loc", List.of("body", field));
    error.put("msg", "Field required");
    error.put("input", null);
    return error;
  }

  private static long countFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }
}
