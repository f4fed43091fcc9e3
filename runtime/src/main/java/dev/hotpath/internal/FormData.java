package dev.hotpath.internal;

import dev.hotpath.FileUpload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form body's fields by name, in the order they came: text values and file parts apart, so a
 * binder can say which one it got when it wanted the other.
 */
public final class FormData {
  public static final FormData EMPTY = new FormData(Map.of(), Map.of());

  private final Map<String, List<String>> texts;
  private final Map<String, List<FileUpload>> files;

  public FormData(Map<String, List<String>> texts, Map<String, List<FileUpload>> files) {
    this.texts = texts;
    this.files = files;
  }

  /** An {@code application/x-www-form-urlencoded} body, decoded as a query string is. */
  public static FormData urlencoded(byte[] body) {
    return body.length == 0 ? EMPTY
        : new FormData(QueryString.parse(new String(body, StandardCharsets.UTF_8)), Map.of());
  }

  /** Every text value of a field, in order; empty when none. */
  public List<String> texts(String name) {
    return texts.getOrDefault(name, List.of());
  }

  /** Every file part of a field, in order; empty when none. */
  public List<FileUpload> files(String name) {
    return files.getOrDefault(name, List.of());
  }

  /** Builds a form part by part. */
  public static final class Builder {
    private final Map<String, List<String>> texts = new HashMap<>();
    private final Map<String, List<FileUpload>> files = new HashMap<>();

    public Builder text(String name, String value) {
      texts.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
      return this;
    }

    public Builder file(String name, FileUpload file) {
      files.computeIfAbsent(name, key -> new ArrayList<>(1)).add(file);
      return this;
    }

    public FormData build() {
      return new FormData(texts, files);
    }
  }
}
