package dev.hotpath.internal;

import dev.hotpath.FileUpload;
import dev.hotpath.ValidationError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Binding of one parameter from its raw value(s), called by generated code. Errors are recorded
 * on the exchange, never thrown, so one 422 can list them all; a failed value binds as null and
 * {@link Exchange#checkValid()} runs before anything reads it.
 */
public final class Bind {
  private Bind() {}

  /** A required value: absent is a {@code missing} error. */
  public static <T> T required(Exchange x, String in, String name, String raw, Converter<T> converter) {
    if (raw == null) {
      if (!x.reported(in, name)) {
        x.addError(ValidationError.missing(List.of(in, name)));
      }
      return null;
    }
    return convert(x, List.of(in, name), raw, converter);
  }

  /** A value with a {@code @Default}, written as it would arrive on the wire. */
  public static <T> T orDefault(Exchange x, String in, String name, String raw, String fallback,
      Converter<T> converter) {
    return convert(x, List.of(in, name), raw == null ? fallback : raw, converter);
  }

  /** A {@code @Nullable} value: absent binds null. */
  public static <T> T nullable(Exchange x, String in, String name, String raw, Converter<T> converter) {
    return raw == null ? null : convert(x, List.of(in, name), raw, converter);
  }

  public static <T> Optional<T> optional(Exchange x, String in, String name, String raw, Converter<T> converter) {
    return Optional.ofNullable(nullable(x, in, name, raw, converter));
  }

  /** A {@code List} from repeated keys; {@code required} makes no value at all a {@code missing}. */
  public static <T> List<T> list(Exchange x, String in, String name, List<String> raws, boolean required,
      Converter<T> converter) {
    return collect(x, in, name, raws, required, converter, ArrayList::new);
  }

  /** A {@code Set} from repeated keys, in first-seen order. */
  public static <T> Set<T> set(Exchange x, String in, String name, List<String> raws, boolean required,
      Converter<T> converter) {
    return collect(x, in, name, raws, required, converter, LinkedHashSet::new);
  }

  private static <T, C extends Collection<T>> C collect(Exchange x, String in, String name, List<String> raws,
      boolean required, Converter<T> converter, Supplier<C> factory) {
    C values = factory.get();
    if (raws.isEmpty() && required) {
      if (!x.reported(in, name)) {
        x.addError(ValidationError.missing(List.of(in, name)));
      }
      return values;
    }
    for (int i = 0; i < raws.size(); i++) {
      values.add(convert(x, List.of(in, name, i), raws.get(i), converter));
    }
    return values;
  }

  /** A {@link FileUpload} form field: the last file part; a text value there is a {@code value_error}. */
  public static FileUpload file(Exchange x, String name, boolean required) {
    List<FileUpload> files = x.formFiles(name);
    if (!files.isEmpty()) {
      return files.get(files.size() - 1);
    }
    if (!notFiles(x, name) && required) {
      x.addError(ValidationError.missing(List.of("body", name)));
    }
    return null;
  }

  /** A {@code List<FileUpload>} form field: every file part of the field, in order. */
  public static List<FileUpload> files(Exchange x, String name, boolean required) {
    List<FileUpload> files = x.formFiles(name);
    if (!notFiles(x, name) && files.isEmpty() && required) {
      x.addError(ValidationError.missing(List.of("body", name)));
    }
    return files;
  }

  /**
   * A {@code byte[]} form field: the content of its last file part, read here (the processor allows
   * it on blocking routes only), or the UTF-8 bytes of a text value, as FastAPI's {@code bytes = File()}.
   */
  public static byte[] bytes(Exchange x, String name, boolean required) {
    List<FileUpload> files = x.formFiles(name);
    if (!files.isEmpty()) {
      try {
        return files.get(files.size() - 1).bytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("Could not read the upload " + name, e);
      }
    }
    List<String> texts = x.formTexts(name);
    if (!texts.isEmpty()) {
      return texts.get(texts.size() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    if (required) {
      x.addError(ValidationError.missing(List.of("body", name)));
    }
    return null;
  }

  /** Records FastAPI's error for each text value sent where a file is expected; true when there was one. */
  private static boolean notFiles(Exchange x, String name) {
    List<String> texts = x.formTexts(name);
    for (String text : texts) {
      x.addError(new ValidationError("value_error", List.of("body", name),
          "Value error, Expected UploadFile, received: <class 'str'>", text, java.util.Map.of()));
    }
    return !texts.isEmpty();
  }

  private static <T> T convert(Exchange x, List<Object> loc, String raw, Converter<T> converter) {
    try {
      return converter.convert(raw);
    } catch (ConversionException e) {
      x.addError(new ValidationError(e.type(), loc, e.getMessage(), raw, e.ctx()));
      return null;
    }
  }
}
