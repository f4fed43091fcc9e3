package dev.hotpath.processor.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed path template: {@code /items/{id}} is the segments {@code items} and {@code {id}}; the
 * root {@code /} is one empty literal segment, and a trailing slash adds one.
 */
public record PathTemplate(String text, List<Segment> segments) {
  public PathTemplate {
    segments = List.copyOf(segments);
  }

  /** The template with variable names erased, such as {@code /items/{}}. */
  public String shape() {
    return segments.stream().map(Segment::shape).collect(Collectors.joining("/", "/", ""));
  }

  /** The index of the segment holding variable {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).isVariable() && segments.get(i).value().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
