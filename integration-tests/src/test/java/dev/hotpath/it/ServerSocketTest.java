package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over real sockets on 127.0.0.1: what a client on the network sees. */
class ServerSocketTest {
  private static Server server;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    server = Hotpath.server(Apis.router()).host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(15));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyParameterKind() throws Exception {
    assertThat(get("/params/path/9/x").body()).isEqualTo("id=9 name=x");
    assertThat(get("/params/files/a/b/c").body()).isEqualTo("rest=a/b/c");
    assertThat(get("/params/query?limit=2&q=z&sort-by=n").body()).isEqualTo("limit=2 q=z size=10 sortBy=n page=null");
    assertThat(get("/params/lists?ids=1&ids=2").body()).isEqualTo("ids=[1, 2] colors=[]");
    assertThat(get("/params/headers", "User-Agent", "it", "X-Trace", "t", "X-Currency", "USD").body())
        .isEqualTo("ua=it currency=USD traces=[t] xLimit=-1");
    assertThat(get("/params/cookies", "Cookie", "session=s1").body()).isEqualTo("session=s1 theme=light");
  }

  @Test
  void validationErrorShape() throws Exception {
    HttpResponse<String> response = get("/params/all/x?q=1", "X-H", "nope", "Cookie", "c=3");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"detail\":["
        + "{\"type\":\"int_parsing\",\"loc\":[\"path\",\"id\"],"
        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"},"
        + "{\"type\":\"int_parsing\",\"loc\":[\"header\",\"X-H\"],"
        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"nope\"}]}");
  }

  @Test
  void errorResponses() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply notFound = raw.send(RawHttp.get("/nope")).read();
      assertThat(notFound.status()).isEqualTo(404);
      assertThat(notFound.body()).isEqualTo("{\"detail\":\"Not Found\"}");
      RawHttp.Reply notAllowed = raw.send("DELETE /r/bytes HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(notAllowed.status()).isEqualTo(405);
      assertThat(notAllowed.header("allow")).isEqualTo("GET, HEAD, OPTIONS");
      assertThat(notAllowed.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
      RawHttp.Reply redirect = raw.send(RawHttp.get("/r/bytes/?a=b")).read();
      assertThat(redirect.status()).isEqualTo(307);
      assertThat(redirect.header("location")).isEqualTo("/r/bytes?a=b");
      RawHttp.Reply failure = raw.send(RawHttp.get("/r/boom")).read();
      assertThat(failure.status()).isEqualTo(500);
      assertThat(failure.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
    }
  }

  @Test
  void headAndOptions() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply head = raw.send("HEAD /r/items/abc HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("content-length")).isEqualTo("12");
      RawHttp.Reply options = raw.send("OPTIONS /r/items/abc HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(options.status()).isEqualTo(204);
      assertThat(options.header("allow")).isEqualTo("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
      // The HEAD response really had no body: the next response starts right after its headers.
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
    }
  }

  @Test
  void noContentHasNoContentLength() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("DELETE /r/items/1 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.header("content-length")).isNull();
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInRequestOrder() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      // The first is slow (a worker sleeps); the second completes at once on the event loop.
      raw.send(RawHttp.get("/modes/sleep?millis=300") + RawHttp.get("/modes/fast") + RawHttp.get("/r/items/new"));
      assertThat(raw.read().body()).isEqualTo("slept 300");
      assertThat(raw.read().body()).isEqualTo("fast");
      assertThat(raw.read().body()).isEqualTo("literal new");
    }
  }

  @Test
  void keepAliveServesManyRequestsOnOneConnection() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      for (int i = 0; i < 20; i++) {
        assertThat(raw.send(RawHttp.get("/params/path/" + i + "/k")).read().body()).isEqualTo("id=" + i + " name=k");
      }
    }
  }

  @Test
  void http10WithoutKeepAliveIsClosedAfterTheResponse() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /r/ HTTP/1.0\r\n\r\n").read();
      assertThat(reply.body()).isEqualTo("root");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void connectionCloseIsHonoured() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /r/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();
      assertThat(reply.header("connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  /** RFC 9112 9.3: an HTTP/1.0 client that asks for keep-alive gets it, and says so in the answer. */
  @Test
  void http10KeepAliveIsHonoured() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      for (int i = 0; i < 3; i++) {
        RawHttp.Reply reply = raw.send("GET /r/ HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();
        assertThat(reply.body()).isEqualTo("root");
        assertThat(reply.statusLine()).startsWith("HTTP/1.0 200");
        assertThat(reply.header("connection")).isEqualTo("keep-alive");
      }
    }
  }

  /** RFC 9110 10.1.1: a body within the limit is asked for with 100 Continue, then answered. */
  @Test
  void expectContinueWithinTheLimitGets100ThenTheAnswer() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9"
          + "\r\nExpect: 100-continue\r\n\r\n");
      RawHttp.Reply interim = raw.read(true);
      assertThat(interim.status()).isEqualTo(100);
      assertThat(raw.send("[\"a\",\"b\"]").read().body()).isEqualTo("2");
    }
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    Server small = Hotpath.server(Apis.router()).port(0).maxBodySize(64).start();
    try (RawHttp raw = new RawHttp(small.port())) {
      String body = "[\"" + "x".repeat(100) + "\"]";
      RawHttp.Reply tooLarge = raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
          + "\r\nContent-Length: " + body.length() + "\r\n\r\n").read();
      assertThat(tooLarge.status()).isEqualTo(413);
    }
    try (RawHttp raw = new RawHttp(small.port())) {
      String chunk = "[\"" + "y".repeat(100) + "\"]";
      RawHttp.Reply tooLarge = raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
          + "\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk
          + "\r\n0\r\n\r\n").read();
      assertThat(tooLarge.status()).isEqualTo(413);
    }
    try (RawHttp raw = new RawHttp(small.port())) {
      String body = "[\"fits\"]";
      assertThat(raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length()
          + "\r\n\r\n" + body).read().body()).isEqualTo("1");
    } finally {
      small.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void http11NeedsExactlyOneHost() throws Exception {
    for (String request : new String[] {"GET /r/ HTTP/1.1\r\n\r\n", "GET /r/ HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"}) {
      try (RawHttp raw = new RawHttp(server.port())) {
        RawHttp.Reply reply = raw.send(request).read();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Host header");
        assertThat(raw.closedByServer()).isTrue();
      }
    }
  }

  @Test
  void transferEncodingsOtherThanChunkedAreRefused() throws Exception {
    for (String encoding : new String[] {"gzip", "chunked, gzip", "identity"}) {
      try (RawHttp raw = new RawHttp(server.port())) {
        RawHttp.Reply reply = raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + encoding
            + "\r\n\r\n0\r\n\r\n").read();
        assertThat(reply.status()).as(encoding).isEqualTo(400);
        // Netty's decoder refuses some itself ("Invalid HTTP request"); RequestChecks the rest.
        assertThat(reply.body()).startsWith("{\"detail\":\"");
        assertThat(raw.closedByServer()).isTrue();
      }
    }
  }

  @Test
  void tooLongRequestLineIs414AndTooLargeHeadersAre431() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(414);
      assertThat(raw.closedByServer()).isTrue();
    }
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /r/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(17000) + "\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(431);
      assertThat(raw.closedByServer()).isTrue();
    }
    assertThat(get("/r/").body()).isEqualTo("root");
  }

  @Test
  void malformedRequestGets400AndTheServerKeepsServing() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /r/ HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).doesNotContain("Exception");
      assertThat(raw.closedByServer()).isTrue();
    }
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("BREW /coffee HTCPCP/1.0\r\n\r\n").read().status()).isEqualTo(400);
    }
    assertThat(get("/r/").body()).isEqualTo("root");
  }
}
