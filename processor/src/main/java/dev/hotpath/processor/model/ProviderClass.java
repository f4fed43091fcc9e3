package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A class listed in {@code @Api(providers = ...)} and its {@code @Provides} methods in source order. */
public record ProviderClass(TypeElement element, ClassName type, List<Provider> providers) {
  public ProviderClass {
    providers = List.copyOf(providers);
  }
}
