package dev.hotpath.processor.model;

import java.util.Map;

/**
 * What an element's Javadoc says, for the API document.
 *
 * @param summary the first sentence; empty when there is no Javadoc
 * @param description the text after the first sentence (Markdown and HTML kept); may be empty
 * @param params the {@code @param} descriptions by parameter (or record component) name
 */
public record Docs(String summary, String description, Map<String, String> params) {
  public static final Docs NONE = new Docs("", "", Map.of());

  public Docs {
    params = Map.copyOf(params);
  }

  /** The whole text, first sentence and the rest: a type's or a field's description. */
  public String text() {
    return description.isEmpty() ? summary : summary + "\n\n" + description;
  }
}
