package dev.hotpath.processor.model;

import java.util.List;
import java.util.Map;

/**
 * What the API document says of a route.
 *
 * @param summary the annotation's {@code summary}, else the Javadoc's first sentence, else the
 *     method name in words ({@code readItems} is "Read Items"), as FastAPI does
 * @param description the rest of the Javadoc (all of it when the annotation gives the summary)
 * @param params the {@code @param} descriptions by parameter name
 * @param tags the controller's tags, then the route's
 * @param deprecated the annotation's {@code deprecated}, or {@code @Deprecated}
 */
public record RouteDocs(String summary, String description, Map<String, String> params, List<String> tags,
    boolean deprecated) {
  public RouteDocs {
    params = Map.copyOf(params);
    tags = List.copyOf(tags);
  }
}
