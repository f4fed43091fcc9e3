package dev.hotpath.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The providers a route runs before it, in order, as FastAPI solves dependencies: the types the
 * {@code @Api} requires, then the controller's, then the route's, then those its parameters take;
 * each provider after the providers it needs, and each once however often it is needed.
 */
public final class DependencyPlan {
  private DependencyPlan() {}

  /** Every provider of the API, by the type it provides. */
  public static Map<TypeName, Provider> byType(ApiModel api) {
    return api.providerClasses().stream().flatMap(c -> c.providers().stream())
        .collect(Collectors.toMap(Provider::provided, p -> p, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The route's providers in the order they run; empty for a route without dependencies. Assumes no cycle. */
  public static List<Provider> of(ApiModel api, ControllerModel controller, Route route) {
    Map<TypeName, Provider> providers = byType(api);
    Set<Provider> order = new LinkedHashSet<>();
    List<TypeName> roots = new ArrayList<>(api.requires());
    roots.addAll(controller.requires());
    roots.addAll(route.requires());
    route.params().stream().filter(p -> p.source() == Source.PROVIDED).forEach(p -> roots.add(p.provided()));
    for (TypeName root : roots) {
      visit(providers.get(root), providers, order, new LinkedHashSet<>());
    }
    return List.copyOf(order);
  }

  private static void visit(Provider provider, Map<TypeName, Provider> providers, Set<Provider> order,
      Set<Provider> path) {
    if (provider == null || order.contains(provider) || !path.add(provider)) {
      return; // unknown (reported when read), done, or a cycle (reported by the checks)
    }
    for (TypeName need : provider.needs()) {
      visit(providers.get(need), providers, order, path);
    }
    path.remove(provider);
    order.add(provider);
  }

  /** A cycle through {@code start}, as the providers along it (first repeated last), or empty. */
  public static List<Provider> cycleThrough(Provider start, Map<TypeName, Provider> providers) {
    List<Provider> path = new ArrayList<>();
    path.add(start);
    return findCycle(start, start, providers, path, new LinkedHashSet<>()) ? path : List.of();
  }

  private static boolean findCycle(Provider start, Provider at, Map<TypeName, Provider> providers,
      List<Provider> path, Set<Provider> seen) {
    for (TypeName need : at.needs()) {
      Provider next = providers.get(need);
      if (next == null) {
        continue;
      }
      if (next == start) {
        path.add(next);
        return true;
      }
      if (seen.add(next)) {
        path.add(next);
        if (findCycle(start, next, providers, path, seen)) {
          return true;
        }
        path.remove(path.size() - 1);
      }
    }
    return false;
  }
}
