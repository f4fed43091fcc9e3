package dev.hotpath;

import java.net.SocketAddress;
import java.util.List;
import java.util.Set;

/** The request as received: declare a parameter of this type in a route to have it injected. */
public interface Request {
  /** The method, upper case: {@code GET}, {@code POST}, ... */
  String method();

  /** The request target as received, path and query. */
  String uri();

  /** The path as received, without the query and still percent-encoded. */
  String path();

  /** The query string without {@code ?}, still encoded, or the empty string. */
  String rawQuery();

  /** The first value of a header, matched case-insensitively, or null. */
  String header(String name);

  /** Every value of a header, in order; empty when absent. */
  List<String> headers(String name);

  /** The names of the headers present. */
  Set<String> headerNames();

  /**
   * The body as received (empty when there is none). The array is the request's own: do not change
   * it. Routes normally bind the body to a parameter instead.
   */
  byte[] body();

  /** The peer's address, or null when the transport has none (in-memory tests). */
  SocketAddress remoteAddress();
}
