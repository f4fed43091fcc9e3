package dev.hotpath;

import java.util.List;

/**
 * Every binding and validation error of one request, as FastAPI's {@code RequestValidationError}:
 * answered with one 422 unless an {@code @ExceptionHandler} takes this type itself (a handler for a
 * broader type, such as {@code Exception}, does not).
 */
public final class RequestValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;
  private final transient byte[] body;

  public RequestValidationException(List<ValidationError> errors, byte[] body) {
    super(errors.size() + " validation error(s)", null, false, false);
    this.errors = List.copyOf(errors);
    this.body = body;
  }

  /** The errors, in path → query → header → cookie → body order. */
  public List<ValidationError> errors() {
    return errors;
  }

  /** The request body as received (empty when there was none). */
  public byte[] body() {
    return body.clone();
  }
}
