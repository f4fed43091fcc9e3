package dev.hotpath.processor.write;

import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's templates as a tree of segments, the shape of the generated matcher. Routes whose
 * templates have the same shape ({@code /items/{id}}, {@code /items/{itemId}}) share one resource,
 * since they match the same paths; a node's children are tried literals first, then the variable,
 * then the catch-all.
 */
final class RouteTrie {
  /** One resource field of the generated router: a shape and its routes, in source order. */
  record ResourcePlan(String field, String template, List<Route> routes) {}

  static final class Node {
    final TreeMap<String, Node> literals = new TreeMap<>();
    Node variable;
    /** The resource of a {@code {name:path}} child: it matches the rest of the path. */
    ResourcePlan catchAll;
    /** The resource of a path that ends at this node. */
    ResourcePlan resource;
    /** The generated method matching this node's children; null when it has none. */
    String method;

    boolean hasChildren() {
      return !literals.isEmpty() || variable != null || catchAll != null;
    }
  }

  private RouteTrie() {}

  /** Groups routes by template shape, in order of first appearance. */
  static List<List<Route>> groupByShape(List<Route> routes) {
    Map<String, List<Route>> groups = new LinkedHashMap<>();
    for (Route route : routes) {
      groups.computeIfAbsent(route.template().shape(), shape -> new ArrayList<>()).add(route);
    }
    return new ArrayList<>(groups.values());
  }

  static Node build(List<ResourcePlan> resources) {
    Node root = new Node();
    for (ResourcePlan resource : resources) {
      List<Segment> segments = resource.routes().get(0).template().segments();
      Node node = root;
      for (int i = 0; i < segments.size(); i++) {
        Segment segment = segments.get(i);
        if (segment.kind() == Segment.Kind.CATCH_ALL) {
          node.catchAll = resource;
          break;
        }
        node = segment.kind() == Segment.Kind.LITERAL
            ? node.literals.computeIfAbsent(segment.value(), literal -> new Node())
            : (node.variable != null ? node.variable : (node.variable = new Node()));
        if (i == segments.size() - 1) {
          node.resource = resource;
        }
      }
    }
    return root;
  }
}
