package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import dev.hotpath.processor.Names;

/** The methods a route annotation can declare, each with its annotation. */
public enum HttpMethod {
  GET(Names.GET), POST(Names.POST), PUT(Names.PUT), PATCH(Names.PATCH), DELETE(Names.DELETE);

  private final ClassName annotation;

  HttpMethod(ClassName annotation) {
    this.annotation = annotation;
  }

  public ClassName annotation() {
    return annotation;
  }

  /** {@code @Get}, as messages write it. */
  public String annotationName() {
    return "@" + annotation.simpleName();
  }
}
