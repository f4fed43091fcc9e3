package dev.hotpath.processor.model;

/** One segment of a path template: a literal, a {@code {variable}}, or a {@code {rest:path}} catch-all. */
public record Segment(Kind kind, String value) {
  public enum Kind { LITERAL, VARIABLE, CATCH_ALL }

  /** The segment with variable names erased: routes with equal shapes match the same paths. */
  public String shape() {
    return switch (kind) {
      case LITERAL -> value;
      case VARIABLE -> "{}";
      case CATCH_ALL -> "{**}";
    };
  }

  public boolean isVariable() {
    return kind != Kind.LITERAL;
  }
}
