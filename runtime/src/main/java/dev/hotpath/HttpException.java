package dev.hotpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere to answer with {@code status} and the JSON body {@code {"detail": detail}}, as
 * FastAPI's {@code HTTPException}. Headers added with {@link #withHeader} go out with the response.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;
  private final List<Map.Entry<String, String>> headers = new ArrayList<>(2);

  public HttpException(int status, String detail) {
    super(status + " " + detail, null, false, false);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, was " + status);
    }
    this.status = status;
    this.detail = detail;
  }

  /** Adds a response header, such as {@code WWW-Authenticate}; returns this exception for chaining. */
  public HttpException withHeader(String name, String value) {
    headers.add(Map.entry(name, value));
    return this;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  /** The headers added so far, in order. */
  public List<Map.Entry<String, String>> headers() {
    return List.copyOf(headers);
  }
}
