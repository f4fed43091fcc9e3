package dev.hotpath.processor.model;

/** The scalar types a path, query, header or cookie value converts to, each with its runtime converter. */
public enum Scalar {
  STRING("java.lang.String", "STRING"),
  INT("java.lang.Integer", "INT"),
  LONG("java.lang.Long", "LONG"),
  SHORT("java.lang.Short", "SHORT"),
  BYTE("java.lang.Byte", "BYTE"),
  DOUBLE("java.lang.Double", "DOUBLE"),
  FLOAT("java.lang.Float", "FLOAT"),
  BOOLEAN("java.lang.Boolean", "BOOLEAN"),
  BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL"),
  BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER"),
  UUID("java.util.UUID", "UUID"),
  LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE"),
  LOCAL_TIME("java.time.LocalTime", "LOCAL_TIME"),
  LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
  ZONED_DATE_TIME("java.time.ZonedDateTime", "ZONED_DATE_TIME"),
  INSTANT("java.time.Instant", "INSTANT"),
  DURATION("java.time.Duration", "DURATION"),
  /** Any enum: its converter is generated once per router from {@code values()}. */
  ENUM(null, null),
  /** A multipart file part as {@code dev.hotpath.FileUpload}: form parameters only, never inferred. */
  FILE(null, null),
  /** A multipart file part's content as {@code byte[]}: form parameters only, never inferred. */
  BYTES(null, null);

  private final String className;
  private final String converter;

  Scalar(String className, String converter) {
    this.className = className;
    this.converter = converter;
  }

  /** Whether this is a file part rather than a text value. */
  public boolean isFile() {
    return this == FILE || this == BYTES;
  }

  /** The boxed or reference type's canonical name; null for {@link #ENUM} and the file kinds. */
  public String className() {
    return className;
  }

  /** The constant in {@code dev.hotpath.internal.Converters}; null for {@link #ENUM}. */
  public String converter() {
    return converter;
  }

  /** The scalar for a canonical class name, or null. */
  public static Scalar forClassName(String name) {
    for (Scalar scalar : values()) {
      if (name.equals(scalar.className)) {
        return scalar;
      }
    }
    return null;
  }
}
