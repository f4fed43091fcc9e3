package dev.hotpath.processor.check;

import dev.hotpath.processor.model.ApiModel;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.read.Annotations;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks of the whole API, on the model: two routes for the same method and the same paths are a
 * duplicate (same template) or ambiguous (same shape, other variable names).
 */
public final class ModelChecks {
  private final Diagnostics diagnostics;

  public ModelChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports every conflict; true when the API is clean. */
  public boolean check(ApiModel api) {
    int before = diagnostics.errorCount();
    Map<String, Route> seen = new HashMap<>();
    for (Iterator<Route> it = api.routes().iterator(); it.hasNext(); ) {
      Route route = it.next();
      Route earlier = seen.putIfAbsent(route.method() + " " + route.template().shape(), route);
      if (earlier == null) {
        continue;
      }
      AnnotationMirror annotation = Annotations.find(route.element(), route.method().annotation()).orElseThrow();
      if (earlier.template().text().equals(route.template().text())) {
        diagnostics.error(route.element(), annotation, Annotations.explicitValue(annotation, "value"),
            Messages.DUPLICATE_ROUTE, route.describe(), earlier.source());
      } else {
        diagnostics.error(route.element(), annotation, Annotations.explicitValue(annotation, "value"),
            Messages.AMBIGUOUS_ROUTE, route.describe(), earlier.describe(), earlier.source());
      }
    }
    return diagnostics.errorCount() == before;
  }
}
