package dev.hotpath.internal;

import java.util.List;

/** Every binding and validation error of one request; answered with one 422. */
public final class RequestValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;

  public RequestValidationException(List<ValidationError> errors) {
    super(errors.size() + " validation error(s)", null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<ValidationError> errors() {
    return errors;
  }
}
