package dev.hotpath.processor.read;

import dev.hotpath.processor.model.PathTemplate;
import dev.hotpath.processor.model.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses {@code /items/{id}} into segments, or says what is wrong with it. */
public final class TemplateParser {
  private TemplateParser() {}

  /** Thrown with the reason a template is invalid; the reader reports it on the annotation value. */
  public static final class InvalidTemplate extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidTemplate(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Joins a controller prefix and a route path, as FastAPI does: {@code /items} + {@code /} is {@code /items/}. */
  public static String join(String prefix, String path) {
    String joined = prefix + path;
    return joined.isEmpty() ? "/" : joined;
  }

  public static PathTemplate parse(String text) throws InvalidTemplate {
    if (!text.startsWith("/")) {
      throw new InvalidTemplate("it must start with /");
    }
    if (text.contains("?") || text.contains("#")) {
      throw new InvalidTemplate("it must not contain ? or #; query parameters are method parameters");
    }
    String[] parts = text.substring(1).split("/", -1);
    List<Segment> segments = new ArrayList<>(parts.length);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parts.length; i++) {
      Segment segment = segment(parts[i]);
      if (segment.kind() == Segment.Kind.LITERAL && segment.value().isEmpty() && i < parts.length - 1) {
        throw new InvalidTemplate("it has an empty segment (//)");
      }
      if (segment.isVariable() && !names.add(segment.value())) {
        throw new InvalidTemplate("variable {" + segment.value() + "} appears twice");
      }
      if (segment.kind() == Segment.Kind.CATCH_ALL && i < parts.length - 1) {
        throw new InvalidTemplate("{" + segment.value() + ":path} must be the last segment");
      }
      segments.add(segment);
    }
    return new PathTemplate(text, segments);
  }

  private static Segment segment(String part) throws InvalidTemplate {
    boolean opens = part.startsWith("{");
    boolean closes = part.endsWith("}");
    if (!opens && !closes && part.indexOf('{') < 0 && part.indexOf('}') < 0) {
      return new Segment(Segment.Kind.LITERAL, part);
    }
    if (!opens || !closes || part.indexOf('{', 1) >= 0 || part.indexOf('}') < part.length() - 1) {
      throw new InvalidTemplate("a variable must be a whole segment, such as /{id}; found \"" + part + "\"");
    }
    String inner = part.substring(1, part.length() - 1);
    Segment.Kind kind = Segment.Kind.VARIABLE;
    int colon = inner.indexOf(':');
    if (colon >= 0) {
      String converter = inner.substring(colon + 1);
      if (!converter.equals("path")) {
        throw new InvalidTemplate("unknown variable type :" + converter + "; only {name:path} is supported");
      }
      inner = inner.substring(0, colon);
      kind = Segment.Kind.CATCH_ALL;
    }
    if (!isJavaIdentifierLike(inner)) {
      throw new InvalidTemplate("variable name \"" + inner + "\" is not a valid name");
    }
    return new Segment(kind, inner);
  }

  private static boolean isJavaIdentifierLike(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }
}
