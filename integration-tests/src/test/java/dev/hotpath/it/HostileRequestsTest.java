package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.hostile.HostileApiRouter;
import dev.hotpath.it.hostile.ProbeController;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile requests over real sockets, each pinned to the RFC section or
 * CVE it guards: each gets its 4xx (or, truncated, a close), none reaches a handler it should not,
 * nothing smuggled behind it is ever answered, and the server serves a normal request right after.
 * RFC 9110 is HTTP semantics, RFC 9112 HTTP/1.1, RFC 9113 HTTP/2.
 */
class HostileRequestsTest {
  /** What a case must get: a status (0 for none: the connection closes), a close, and handler hits. */
  record Case(String ref, String request, int status, boolean closes, int hits, boolean mayReset) {
    @Override
    public String toString() {
      return ref + ": " + request.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0")
          .substring(0, Math.min(90, request.length()));
    }
  }

  private static final ProbeController PROBE = new ProbeController();
  private static Server server;
  private static final List<Case> CASES = new ArrayList<>();

  /** Refused with {@code status} and closed; no handler runs. */
  private static void refuse(String ref, String request, int status) {
    CASES.add(new Case(ref, request, status, true, 0, false));
  }

  /** Refused with {@code status} while the client still sends: it may see the refusal or a reset. */
  private static void refuseMidBody(String ref, String request, int status) {
    CASES.add(new Case(ref, request, status, true, 0, true));
  }

  /** Answered with {@code status} by {@code hits} handler calls, the connection left as it is. */
  private static void accept(String ref, String request, int status, int hits) {
    CASES.add(new Case(ref, request, status, false, hits, false));
  }

  /** Truncated, then the client stops sending: no answer, no handler, the connection closed. */
  private static void truncate(String ref, String request) {
    CASES.add(new Case(ref, request, 0, true, 0, false));
  }

  private static final String POST = "POST /probe HTTP/1.1\r\nHost: x\r\n";
  private static final String GET = "GET /probe HTTP/1.1\r\nHost: x\r\n";
  private static final String SMUGGLED = "GET /probe?smuggled HTTP/1.1\r\nHost: x\r\n\r\n";

  static {
    // Request smuggling, CL.TE and TE.CL (RFC 9112 6.3 item 3; CVE-2019-20445): both framings is an error.
    refuse("RFC 9112 6.3 CL.TE", POST + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG", 400);
    refuse("RFC 9112 6.3 CL.TE smuggle", POST + "Content-Length: 50\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        + SMUGGLED, 400);
    refuse("RFC 9112 6.3 TE.CL", POST + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n",
        400);
    refuse("RFC 9112 6.3 TE.CL zero", POST + "Content-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    // TE.TE: obfuscated Transfer-Encoding that one hop reads as chunked and another not (CVE-2019-16869,
    // CVE-2020-7238). Only a single, exact "chunked" is accepted; anything else is refused.
    for (String te : List.of("xchunked", "chunked-false", "chunk", "\"chunked\"", "chunked;q=1", "identity",
        "gzip", "gzip, chunked", "chunked, gzip", "chunked, chunked", "deflate", "compress", "x", ",chunked",
        "chunked,", "chunked\u000b", "\u000bchunked", "chun ked", "chunked chunked", "cHuNkEd, identity")) {
      refuse("RFC 9112 6.1 TE.TE " + te, POST + "Transfer-Encoding: " + te + "\r\n\r\n0\r\n\r\n", 400);
      refuse("RFC 9112 6.1 TE.TE with CL " + te, POST + "Content-Length: 5\r\nTransfer-Encoding: " + te
          + "\r\n\r\n0\r\n\r\n", 400);
    }
    refuse("CVE-2019-16869 space before colon", POST + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400);
    refuse("CVE-2019-16869 tab before colon", POST + "Transfer-Encoding\t: chunked\r\n\r\n0\r\n\r\n", 400);
    refuse("RFC 9112 6.1 two TE headers", POST + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n"
        + "0\r\n\r\n", 400);
    refuse("RFC 9112 6.1 two chunked TE headers", POST + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked"
        + "\r\n\r\n0\r\n\r\n", 400);
    accept("RFC 9110 5.6.2 TE is case-insensitive", POST + "Transfer-Encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        200, 1);
    accept("RFC 9110 5.6.3 OWS around TE", POST + "Transfer-Encoding: \t chunked \t\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 200, 1);
    refuse("RFC 9112 6.1 TE on HTTP/1.0", "POST /probe HTTP/1.0\r\nTransfer-Encoding: chunked\r\nContent-Length: 3"
        + "\r\n\r\n0\r\n\r\n", 400);

    // Content-Length forms (RFC 9110 8.6, RFC 9112 6.3 items 5 and 6).
    for (String length : List.of("-1", "+5", "5 5", "5,6", "0x5", "5.0", "1e3", "", "five", "99999999999999999999",
        "\u0035\u00a0", "０", "5\u0000", "0005a", "-0")) {
      refuse("RFC 9112 6.3 bad Content-Length " + length, POST + "Content-Length: " + length + "\r\n\r\nabcde", 400);
    }
    refuse("RFC 9110 8.6 two Content-Lengths", POST + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef", 400);
    refuse("RFC 9110 8.6 two equal Content-Lengths", POST + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nabcde", 400);
    refuse("RFC 9110 8.6 Content-Length list", POST + "Content-Length: 5, 5\r\n\r\nabcde", 400);
    accept("RFC 9110 5.6.3 OWS around Content-Length", POST + "Content-Length:  5 \r\n\r\nabcde", 200, 1);
    accept("RFC 9110 8.6 leading zeros", POST + "Content-Length: 005\r\n\r\nabcde", 200, 1);
    accept("RFC 9112 6.3 item 7 no length: no body", POST + "\r\n", 200, 1);

    // Chunked framing (RFC 9112 7.1): a bad size, missing CRLF or overrun is never read as something else.
    for (String size : List.of("Z", "-1", "0x3", "3 3", "ffffffffffffffffff", "+3", "3\u0000", "", "g", "1\u000b")) {
      refuse("RFC 9112 7.1 bad chunk size " + size, POST + "Transfer-Encoding: chunked\r\n\r\n" + size
          + "\r\nabc\r\n0\r\n\r\n", 400);
    }
    refuse("RFC 9112 7.1 data longer than its size", POST + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n",
        400);
    refuse("RFC 9112 7.1 smuggled after the size", POST + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc" + SMUGGLED
        + "0\r\n\r\n", 400);
    refuse("RFC 9112 7.1 bare LF after size", POST + "Transfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n", 400);
    accept("RFC 9112 7.1.1 chunk extension", POST + "Transfer-Encoding: chunked\r\n\r\n3;name=value\r\nabc\r\n0\r\n\r\n",
        200, 1);
    accept("RFC 9112 7.1.2 trailer fields", POST + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Trailer: t\r\n\r\n",
        200, 1);
    refuse("RFC 9112 7.1.2 trailer without colon", POST + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nbad trailer"
        + "\r\n\r\n", 400);

    // Host (RFC 9112 3.2): exactly one in HTTP/1.1; its value a host, not a second header.
    refuse("RFC 9112 3.2 missing Host", "GET /probe HTTP/1.1\r\n\r\n", 400);
    refuse("RFC 9112 3.2 two Hosts", "GET /probe HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    refuse("RFC 9112 3.2 Host with CR", "GET /probe HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", 400);
    refuse("RFC 9112 3.2 Host with NUL", "GET /probe HTTP/1.1\r\nHost: a\0b\r\n\r\n", 400);
    accept("RFC 9112 3.2 HTTP/1.0 needs no Host", "GET /probe HTTP/1.0\r\n\r\n", 200, 1);
    accept("RFC 9112 3.2 empty Host", "GET /probe HTTP/1.1\r\nHost:\r\n\r\n", 200, 1);

    // The request line (RFC 9112 3): method, target and version, single spaces, nothing more.
    for (String line : List.of("GET", "GET /probe", "GET /probe HTTP/1.1 extra", "GET /pro be HTTP/1.1",
        "GET /probe HTTP/1.1\u0000", "GET /probe http/1.1", "GET /probe HTTP/1", "GET /probe HTTP/1.1.1",
        "GET /probe HTTQ/1.1", "GET /probe HTTP/ 1.1", "GET /probe HTTP/1.x", "GE\u0000T /probe HTTP/1.1",
        "G(T /probe HTTP/1.1", "/probe HTTP/1.1", "GET /probe\u0001 HTTP/1.1", "GET /probe Http/1.1",
        "GET /probe HTTP/01.1", "GET /probe HTTP/1.01")) {
      refuse("RFC 9112 3 bad request line " + line, line + "\r\nHost: x\r\n\r\n", 400);
    }
    // RFC 9112 3 lets a recipient split the request line on any whitespace, as Netty does: the same
    // three words, whatever separates them.
    for (String line : List.of("GET  /probe HTTP/1.1", "GET /probe  HTTP/1.1", " GET /probe HTTP/1.1",
        "GET\t/probe\tHTTP/1.1", "GET\u000b/probe HTTP/1.1")) {
      accept("RFC 9112 3 whitespace between the words " + line, line + "\r\nHost: x\r\n\r\n", 200, 1);
    }
    accept("RFC 9110 2.5 a higher 1.x minor version is 1.1", "GET /probe HTTP/1.2\r\nHost: x\r\n\r\n", 200, 1);
    refuse("RFC 9112 3.2 target not origin-form", "GET probe HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 the issue's GET !", "GET ! HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2.4 asterisk outside OPTIONS", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2.3 authority-form outside CONNECT", "GET x:80 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9110 4.2.4 fragment in the target", "GET /probe#frag HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 raw non-ASCII in the target", "GET /prob\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 raw backslash in the target", "GET /probe\\..\\x HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 raw quote in the target", "GET /probe\"x HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 raw brace in the target", "GET /probe{x} HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9112 3.2 raw DEL in the target", "GET /probe\u007f HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    accept("RFC 9112 3.2.2 absolute-form", "GET http://x/probe HTTP/1.1\r\nHost: x\r\n\r\n", 200, 1);
    accept("RFC 9110 9.3.7 server-wide OPTIONS", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 204, 0);
    accept("RFC 9110 9.1 unknown method", "BREW /probe HTTP/1.1\r\nHost: x\r\n\r\n", 405, 0);
    accept("RFC 9110 9.1 methods are case-sensitive", "get /probe HTTP/1.1\r\nHost: x\r\n\r\n", 405, 0);
    refuse("RFC 9112 2.3 HTTP/2.0 on an HTTP/1.1 request line", "GET /probe HTTP/2.0\r\nHost: x\r\n\r\n", 505);
    refuse("RFC 9112 2.3 HTTP/3.0", "GET /probe HTTP/3.0\r\nHost: x\r\n\r\n", 505);
    refuse("RFC 9112 2.3 HTTP/0.9 (no version)", "GET /probe\r\n\r\n", 400);
    accept("RFC 9112 2.2 an empty line before the request", "\r\n" + GET + "\r\n", 200, 1);

    // Header fields (RFC 9110 5.5, 5.6.2; RFC 9112 5): names are tokens, values free of CR, LF and NUL.
    refuse("CVE-2019-20444 header without colon", GET + "No-Colon\r\n\r\n", 400);
    refuse("RFC 9112 5 empty header name", GET + ": value\r\n\r\n", 400);
    refuse("RFC 9112 5.1 space in a header name", GET + "X Y: z\r\n\r\n", 400);
    refuse("CVE-2021-43797 control character in a name", GET + "X\u0001Y: z\r\n\r\n", 400);
    refuse("CVE-2021-43797 NUL in a name", GET + "X\u0000Y: z\r\n\r\n", 400);
    refuse("RFC 9110 5.5 NUL in a value", GET + "X: a\u0000b\r\n\r\n", 400);
    refuse("RFC 9110 5.5 CR in a value", GET + "X: a\rb\r\n\r\n", 400);
    refuse("RFC 9112 2.2 bare LF ends a field", GET + "X: a\nY: b\r\n\r\n", 400);
    refuse("RFC 9112 2.2 bare LF request", "GET /probe HTTP/1.1\nHost: x\n\n", 400);
    refuse("RFC 9112 2.2 bare CR", GET + "X: a\r\r\n\r\n", 400);
    refuse("RFC 9110 5.5 vertical tab in a value", GET + "X: a\u000bb\r\n\r\n", 400);
    refuse("RFC 9110 5.5 form feed in a value", GET + "X: a\u000cb\r\n\r\n", 400);
    for (char c : "()<>@,;\\\"/[]?={}".toCharArray()) {
      refuse("RFC 9110 5.6.2 separator in a name " + c, GET + "X" + c + "Y: z\r\n\r\n", 400);
    }
    accept("RFC 9110 5.5 obs-text in a value", GET + "X: caf\u00e9\r\n\r\n", 200, 1);
    accept("RFC 9110 5.5 DEL and tab in a value are allowed", GET + "X: a\tb\r\n\r\n", 200, 1);
    accept("RFC 9112 5.2 obs-fold is replaced by a space", GET + "X: a\r\n b\r\n\r\n", 200, 1);
    refuse("RFC 9112 5.2 obs-fold before any field", "GET /probe HTTP/1.1\r\n folded: x\r\nHost: x\r\n\r\n", 400);
    refuse("RFC 9110 10.1.1 an expectation we do not meet", GET + "Expect: teapot\r\n\r\n", 417);
    accept("RFC 9113 3.2 h2c upgrade is ignored", GET + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
        + "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n", 200, 1);

    // Not HTTP/1.1 at all: an HTTP/2 preface, TLS or SSH on the plain port, binary noise.
    refuse("RFC 9113 3.4 HTTP/2 preface on HTTP/1.1", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505);
    refuse("TLS ClientHello on the plain port", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", 400);
    refuse("SSH banner on the port", "SSH-2.0-OpenSSH_9.6\r\n", 400);
    refuse("binary noise", "\u0000\u0001\u0002\u00ff\u00fe\r\n\r\n", 400);
    refuse("a lone CRLF then noise", "\r\n\u00ff\r\n\r\n", 400);

    // Sizes (RFC 9110 15.5.14, 15.5.15; RFC 6585 5): refused, closed, nothing read beyond.
    refuse("RFC 9110 15.5.15 request line over 8 KiB", "GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
    refuse("RFC 6585 5 a header over 16 KiB", GET + "X: " + "b".repeat(17000) + "\r\n\r\n", 431);
    refuse("RFC 6585 5 headers over 16 KiB", GET + "X: b\r\n".repeat(4000) + "\r\n", 431);
    refuse("RFC 9110 15.5.14 body over the limit, length known", POST + "Content-Length: 20000000\r\n\r\nab", 413);
    refuse("RFC 9110 10.1.1 Expect with a body over the limit", POST + "Content-Length: 20000000\r\n"
        + "Expect: 100-continue\r\n\r\n", 413);
    refuseMidBody("RFC 9110 15.5.14 chunked body over the limit", POST + "Transfer-Encoding: chunked\r\n\r\n"
        + "800000\r\n" + "c".repeat(1 << 20), 413);

    // Truncated: the client stops sending, and nothing half-read reaches a handler.
    truncate("RFC 9112 8 end within the request line", "GET /pro");
    truncate("RFC 9112 8 end within the headers", GET + "X: y");
    truncate("RFC 9112 8 end after the headers, body unsent", POST + "Content-Length: 10\r\n\r\nabc");
    truncate("RFC 9112 8 end within a chunk", POST + "Transfer-Encoding: chunked\r\n\r\n10\r\nabc");
    truncate("RFC 9112 8 end before the last chunk", POST + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
    truncate("RFC 9112 8 end within the trailers", POST + "Transfer-Encoding: chunked\r\n\r\n0\r\nX: y");
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  /** The traversal encodings of {@link PathSafetyTest}, over the wire: none names the probe. */
  static Stream<String> traversals() {
    return Stream.of(PathSafetyTest.TRAVERSALS).map(path -> path.replace("/r/", "/probe/"));
  }

  @BeforeAll
  static void start() {
    server = Hotpath.server(new HostileApiRouter(PROBE)).port(0).maxBodySize(1 << 16).start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileRequestIsAnsweredAsItShouldBe(Case hostile) throws Exception {
    int before = PROBE.hits.get();
    try (RawHttp raw = new RawHttp(server.port())) {
      try {
        raw.send(hostile.request().getBytes(StandardCharsets.ISO_8859_1));
      } catch (IOException reset) {
        assertThat(hostile.mayReset()).as("reset while sending").isTrue();
      }
      if (hostile.status() == 0) {
        raw.finish();
        assertThat(raw.closedByServer()).as("closed").isTrue();
      } else if (hostile.mayReset()) {
        try {
          assertThat(raw.read().status()).isEqualTo(hostile.status());
        } catch (IOException reset) {
          // the refusal raced the client's writes: a reset is what it may see
        }
      } else {
        RawHttp.Reply reply = raw.read();
        assertThat(reply.status()).as(reply.body()).isEqualTo(hostile.status());
        assertThat(reply.statusLine()).as("answered in the server's version, never the request's")
            .matches("HTTP/1\\.[01] .*");
        if (hostile.status() >= 400) {
          assertThat(reply.body()).as("FastAPI's error body").startsWith("{\"detail\":");
        }
        if (hostile.closes()) {
          assertThat(raw.closedByServer()).as("closed after the refusal").isTrue();
        } else {
          assertThat(raw.timeout(200).nothingMore()).as("nothing smuggled answered after it").isTrue();
        }
      }
    }
    assertThat(PROBE.hits.get() - before).as("handler calls").isEqualTo(hostile.hits());
    assertServing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traversals")
  void noTraversalReachesTheProbe(String path) throws Exception {
    int before = PROBE.hits.get();
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(reply.status()).as(path).isIn(307, 400, 404);
    } catch (IOException closedWithoutAnswer) {
      // also fine: refused before any route
    }
    assertThat(PROBE.hits.get()).as(path).isEqualTo(before);
    assertServing();
  }

  /** A normal request on a new connection is served, whatever came before. */
  private static void assertServing() throws IOException {
    int before = PROBE.hits.get();
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(GET + "\r\n").read().body()).isEqualTo("probe /probe");
    }
    assertThat(PROBE.hits.get()).isEqualTo(before + 1);
  }

  @org.junit.jupiter.api.Test
  void theCorpusHasAtLeast200Requests() {
    assertThat(CASES.size() + PathSafetyTest.TRAVERSALS.length).isGreaterThanOrEqualTo(200);
  }
}
