package dev.hotpath.processor.read;

import dev.hotpath.processor.model.Docs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads an element's Javadoc into {@link Docs}: the first sentence, the rest, and the
 * {@code @param} descriptions. Inline tags become their text ({@code {@code x}} is {@code x},
 * {@code {@link A#b label}} is {@code label}); other block tags are left out.
 */
public final class JavadocReader {
  private static final Pattern INLINE = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");

  private final Elements elements;

  public JavadocReader(Elements elements) {
    this.elements = elements;
  }

  public Docs read(Element element) {
    String comment = elements.getDocComment(element);
    return comment == null ? Docs.NONE : parse(comment);
  }

  static Docs parse(String comment) {
    StringBuilder body = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String tag = null;
    StringBuilder tagText = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        addTag(tag, tagText, params);
        int space = trimmed.indexOf(' ');
        tag = space < 0 ? trimmed : trimmed.substring(0, space);
        tagText.setLength(0);
        tagText.append(space < 0 ? "" : trimmed.substring(space + 1));
      } else if (tag != null) {
        tagText.append(' ').append(trimmed);
      } else {
        body.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
      }
    }
    addTag(tag, tagText, params);
    String text = inline(body.toString()).strip();
    Matcher end = SENTENCE_END.matcher(text);
    if (!end.find()) {
      return new Docs(oneLine(text), "", params);
    }
    return new Docs(oneLine(text.substring(0, end.start() + 1)), text.substring(end.end()).strip(), params);
  }

  private static void addTag(String tag, StringBuilder text, Map<String, String> params) {
    if (!"@param".equals(tag)) {
      return;
    }
    String value = text.toString().strip();
    int space = value.indexOf(' ');
    if (space > 0) {
      params.put(value.substring(0, space), oneLine(inline(value.substring(space + 1))));
    }
  }

  /** {@code {@link Item#name the name}} is {@code the name}; {@code {@code x}} is {@code x}. */
  private static String inline(String text) {
    Matcher matcher = INLINE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String inner = matcher.group(1).strip();
      int space = inner.indexOf(' ');
      boolean link = matcher.group().startsWith("{@link");
      String shown = link && space > 0 ? inner.substring(space + 1) : inner;
      matcher.appendReplacement(out, Matcher.quoteReplacement(link && space < 0 ? shown.replace('#', '.') : shown));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
