package dev.hotpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A status, headers and a typed body. Immutable: {@link #withHeader} returns a changed copy.
 *
 * <pre>{@code
 * return Response.status(201).header("Location", "/items/" + id).body(item);
 * }</pre>
 *
 * <p>A {@code String} body is sent as {@code text/plain; charset=utf-8}, a {@code byte[]} as
 * {@code application/octet-stream}, no body as an empty one; a {@code Content-Type} header set
 * here wins.
 *
 * @param <T> the body's type
 */
public final class Response<T> {
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final T body;

  private Response(int status, List<Map.Entry<String, String>> headers, T body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** A 200 response with this body. */
  public static <T> Response<T> ok(T body) {
    return new Response<>(200, List.of(), body);
  }

  /** Starts a response with this status. */
  public static Builder status(int status) {
    return new Builder(status);
  }

  public int status() {
    return status;
  }

  /** The headers in the order they were added. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The first value of a header, matched case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** The body, or null for none. */
  public T body() {
    return body;
  }

  /** A copy of this response with one more header. */
  public Response<T> withHeader(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size() + 1);
    copy.addAll(headers);
    copy.add(Map.entry(name, value));
    return new Response<>(status, List.copyOf(copy), body);
  }

  /** A copy of this response, status and headers kept, with another body. */
  public <B> Response<B> withBody(B body) {
    return new Response<>(status, headers, body);
  }

  /** A copy of this response with another status. */
  public Response<T> withStatus(int status) {
    return new Response<>(checkStatus(status), headers, body);
  }

  @Override
  public String toString() {
    return "Response[" + status + ", " + headers + ", " + body + "]";
  }

  private static int checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, was " + status);
    }
    return status;
  }

  /** Collects a status and headers, then {@link #body} or {@link #build} makes the response. */
  public static final class Builder {
    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>(4);

    private Builder(int status) {
      this.status = checkStatus(status);
    }

    public Builder header(String name, String value) {
      headers.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
      return this;
    }

    public <T> Response<T> body(T body) {
      return new Response<>(status, List.copyOf(headers), body);
    }

    /** The response without a body. */
    public <T> Response<T> build() {
      return body(null);
    }
  }
}
