package dev.hotpath.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One path template and its endpoints by method: what {@code Router.match} finds. Built once by
 * the generated router's constructor; lookups by method are a comparison over at most five slots.
 */
public final class Resource {
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};

  private final String template;
  private final Endpoint[] byMethod = new Endpoint[METHODS.length];
  private final String allow;

  public Resource(String template, Endpoint... endpoints) {
    this.template = template;
    for (Endpoint endpoint : endpoints) {
      int slot = slot(endpoint.info().method());
      if (slot < 0 || byMethod[slot] != null) {
        throw new IllegalArgumentException("Bad or duplicate method for " + template + ": " + endpoint);
      }
      byMethod[slot] = endpoint;
    }
    this.allow = allowHeader();
  }

  public String template() {
    return template;
  }

  /** The endpoint for a method, HEAD answered by GET's; null when the method has none. */
  public Endpoint endpoint(String method) {
    int slot = slot("HEAD".equals(method) ? "GET" : method);
    return slot < 0 ? null : byMethod[slot];
  }

  /** The {@code Allow} header value: the methods present, HEAD with GET, and OPTIONS. */
  public String allow() {
    return allow;
  }

  private String allowHeader() {
    List<String> methods = new ArrayList<>();
    for (int i = 0; i < METHODS.length; i++) {
      if (byMethod[i] != null) {
        methods.add(METHODS[i]);
        if (i == 0) {
          methods.add("HEAD");
        }
      }
    }
    methods.add("OPTIONS");
    return String.join(", ", methods);
  }

  private static int slot(String method) {
    for (int i = 0; i < METHODS.length; i++) {
      if (METHODS[i].equals(method)) {
        return i;
      }
    }
    return -1;
  }
}
