package dev.hotpath.processor.model;

import java.math.BigDecimal;

/**
 * One Jakarta constraint, read at compile time.
 *
 * @param min for LENGTH and SIZE
 * @param max for LENGTH and SIZE; -1 for none
 * @param op for BOUND: {@code gt}, {@code ge}, {@code lt} or {@code le}
 * @param limit for BOUND
 * @param integral for BOUND: whether the bound is shown as an integer
 * @param pattern for PATTERN
 */
public record Constraint(Kind kind, int min, int max, String op, BigDecimal limit, boolean integral, String pattern) {
  public enum Kind { LENGTH, NOT_BLANK, SIZE, BOUND, PATTERN, EMAIL }

  public static Constraint length(int min, int max) {
    return new Constraint(Kind.LENGTH, min, max, null, null, false, null);
  }

  public static Constraint size(int min, int max) {
    return new Constraint(Kind.SIZE, min, max, null, null, false, null);
  }

  public static Constraint notBlank() {
    return new Constraint(Kind.NOT_BLANK, 0, 0, null, null, false, null);
  }

  public static Constraint bound(String op, BigDecimal limit, boolean integral) {
    return new Constraint(Kind.BOUND, 0, 0, op, limit, integral, null);
  }

  public static Constraint pattern(String regexp) {
    return new Constraint(Kind.PATTERN, 0, 0, null, null, false, regexp);
  }

  public static Constraint email() {
    return new Constraint(Kind.EMAIL, 0, 0, null, null, false, null);
  }
}
