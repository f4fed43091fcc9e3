package dev.hotpath.processor.check;

import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.ApiModel;
import dev.hotpath.processor.model.ControllerModel;
import dev.hotpath.processor.model.DependencyPlan;
import dev.hotpath.processor.model.HttpMethod;
import dev.hotpath.processor.model.Mode;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Provider;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.Segment;
import dev.hotpath.processor.model.Source;
import dev.hotpath.processor.read.Annotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * Checks of the dependency graph, on the model: providers needing each other in a cycle, and each
 * route against its providers: every path variable read by the route or one of them, nothing
 * they read that the route cannot give (a variable its template lacks, a body on a GET, a second
 * body). Notes each route's providers and where each runs.
 */
public final class DependencyChecks {
  private final Diagnostics diagnostics;

  public DependencyChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports every problem; true when the graph is clean. */
  public boolean check(ApiModel api) {
    int before = diagnostics.errorCount();
    Map<TypeName, Provider> providers = DependencyPlan.byType(api);
    Set<Provider> inCycles = new HashSet<>();
    for (Provider provider : providers.values()) {
      List<Provider> cycle = DependencyPlan.cycleThrough(provider, providers);
      if (!cycle.isEmpty() && !inCycles.contains(provider)) {
        inCycles.addAll(cycle);
        diagnostics.error(provider.element(), Messages.PROVIDER_CYCLE,
            cycle.stream().map(Provider::source).collect(Collectors.joining(" → ")));
      }
    }
    if (diagnostics.errorCount() > before) {
      return false;
    }
    for (ControllerModel controller : api.controllers()) {
      for (Route route : controller.routes()) {
        List<Provider> plan = DependencyPlan.of(api, controller, route);
        checkVariablesRead(route, plan);
        if (!plan.isEmpty()) {
          checkRoute(route, plan);
          diagnostics.note(route.element(), Messages.ROUTE_DEPENDENCIES, route.describe(), describe(route, plan));
        }
      }
    }
    return diagnostics.errorCount() == before;
  }

  private void checkRoute(Route route, List<Provider> plan) {
    AnnotationMirror annotation = Annotations.find(route.element(), route.method().annotation()).orElseThrow();
    List<String> bodies = new ArrayList<>();
    route.params().stream().filter(p -> p.source() == Source.BODY).forEach(p -> bodies.add(p.javaName()));
    List<String> forms = new ArrayList<>();
    route.params().stream().filter(p -> p.source() == Source.FORM).forEach(p -> forms.add(p.javaName()));
    int routeForms = forms.size();
    for (Provider provider : plan) {
      for (Param param : provider.params()) {
        if (param.source() == Source.PATH && route.template().indexOf(param.wireName()) < 0) {
          diagnostics.error(route.element(), annotation, Messages.PROVIDER_PATH_NOT_IN_TEMPLATE, route.describe(),
              provider.source(), param.wireName(), route.template().text());
        }
        if (param.source() == Source.QUERY && route.template().indexOf(param.wireName()) >= 0
            && !explicitlySourced(provider, param)) {
          diagnostics.error(route.element(), annotation, Messages.PROVIDER_QUERY_SHADOWS_PATH, route.describe(),
              provider.source(), param.javaName(), param.wireName());
        }
        if (param.source() == Source.BODY || param.source() == Source.FORM) {
          if (route.method() == HttpMethod.GET) {
            diagnostics.error(route.element(), annotation, Messages.PROVIDER_BODY_ON_GET, route.describe(),
                provider.source(), param.javaName());
          }
          (param.source() == Source.BODY ? bodies : forms).add(provider.source() + " " + param.javaName());
        }
      }
    }
    boolean providersReadBody = bodies.size() > route.params().stream().filter(p -> p.source() == Source.BODY).count();
    if (providersReadBody && bodies.size() > 1) {
      diagnostics.error(route.element(), annotation, Messages.PROVIDER_BODIES, route.describe(),
          String.join(", ", bodies));
    }
    boolean providersInvolved = providersReadBody || forms.size() > routeForms;
    if (providersInvolved && !forms.isEmpty() && !bodies.isEmpty()) { // the route's own mix is reported on reading it
      diagnostics.error(route.element(), annotation, Messages.FORM_AND_JSON_BODY, route.describe(),
          String.join(", ", forms), String.join(", ", bodies));
    }
  }

  /** Every template variable has a parameter, of the route or of one of its providers. */
  private void checkVariablesRead(Route route, List<Provider> plan) {
    AnnotationMirror annotation = Annotations.find(route.element(), route.method().annotation()).orElseThrow();
    for (Segment segment : route.template().segments()) {
      String name = segment.value();
      boolean read = segment.isVariable() && (route.params().stream().anyMatch(p -> p.segment() >= 0
          && p.wireName().equals(name)) || plan.stream().flatMap(p -> p.params().stream())
          .anyMatch(p -> p.source() == Source.PATH && p.wireName().equals(name)));
      if (segment.isVariable() && !read) {
        diagnostics.error(route.element(), annotation, Annotations.explicitValue(annotation, "value"),
            Messages.TEMPLATE_VARIABLE_UNBOUND, name, name, name);
      }
    }
  }

  /** Whether the provider's parameter carries a source annotation (then a query is what was meant). */
  private static boolean explicitlySourced(Provider provider, Param param) {
    for (VariableElement parameter : provider.element().getParameters()) {
      if (parameter.getSimpleName().contentEquals(param.javaName())) {
        return Annotations.find(parameter, Names.QUERY).isPresent();
      }
    }
    return false;
  }

  /**
   * Each provider and where it runs, by the runtime's rule: the request starts on the event loop;
   * a blocking step hops to the worker pool unless it is there; a non-blocking one runs where the
   * previous step finished (after a future, on the thread that completed it).
   */
  static String describe(Route route, List<Provider> plan) {
    List<String> steps = new ArrayList<>();
    String where = "event loop";
    for (Provider provider : plan) {
      String[] step = step(provider.mode(), provider.future(), where);
      steps.add(provider.source() + " " + step[0]);
      where = step[1];
    }
    String[] last = step(route.mode(), false, where);
    return String.join(", ", steps) + "; then the route " + last[0];
  }

  /** What a step's note says, and where the next step starts. */
  private static String[] step(Mode mode, boolean future, String where) {
    if (mode == Mode.BLOCKING) {
      String text = where.equals("worker pool") ? "(blocking, on the worker pool)"
          : "(blocking: hops to the worker pool)";
      return new String[] {text, future ? "thread completing its future" : "worker pool"};
    }
    String text = "(non-blocking, on the " + where + ")";
    return new String[] {text, future ? "thread completing its future" : where};
  }
}
