package dev.hotpath.processor;

import com.google.auto.service.AutoService;
import dev.hotpath.processor.check.DependencyChecks;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.check.ModelChecks;
import dev.hotpath.processor.model.ApiModel;
import dev.hotpath.processor.model.HttpMethod;
import dev.hotpath.processor.read.Annotations;
import dev.hotpath.processor.read.ApiReader;
import dev.hotpath.processor.write.RouterWriter;
import dev.hotpath.processor.write.openapi.OpenApiWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Hotpath's annotation processor. For each {@code @Api}: read the elements into a model (reporting
 * element mistakes), check the model as a whole, and write {@code <Api>Router}. It never throws
 * (a failure becomes an error on the element), never claims annotations, keeps no static state, and
 * waits for a later round when a type it reads is not generated yet.
 */
@AutoService(Processor.class)
public final class HotpathProcessor extends AbstractProcessor {
  /** {@code @Controller} classes seen so far, for {@code @Api}s that list none. */
  private final Map<String, TypeElement> controllers = new LinkedHashMap<>();
  /** {@code @Api} types waiting for a later round, by name (elements are not kept across rounds). */
  private final List<String> deferred = new ArrayList<>();
  /** Classes holding {@code @Provides} methods, by name, with one such method each for the error. */
  private final Map<String, String> providerClassesSeen = new LinkedHashMap<>();
  /** Classes some {@code @Api(providers)} of this compilation lists. */
  private final Set<String> providerClassesListed = new java.util.HashSet<>();
  private boolean sawApi;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Stream.concat(Stream.of(Names.API, Names.CONTROLLER, Names.PROVIDES),
            Stream.of(HttpMethod.values()).map(HttpMethod::annotation))
        .map(name -> name.canonicalName())
        .collect(Collectors.toSet());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    for (TypeElement controller : ElementFilter.typesIn(annotated(round, Names.CONTROLLER.canonicalName()))) {
      controllers.put(controller.getQualifiedName().toString(), controller);
    }
    reportRoutesOutsideControllers(round, diagnostics);
    for (Element provides : annotated(round, Names.PROVIDES.canonicalName())) {
      if (provides.getEnclosingElement() instanceof TypeElement owner) {
        providerClassesSeen.putIfAbsent(owner.getQualifiedName().toString(), provides.getSimpleName().toString());
      }
    }

    List<TypeElement> apis = new ArrayList<>();
    for (String name : deferred) {
      TypeElement api = processingEnv.getElementUtils().getTypeElement(name);
      if (api != null) {
        apis.add(api);
      }
    }
    deferred.clear();
    apis.addAll(ElementFilter.typesIn(annotated(round, Names.API.canonicalName())));

    for (TypeElement api : apis) {
      try {
        sawApi = true;
        processApi(api, round, diagnostics);
      } catch (RuntimeException | Error e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        diagnostics.error(api, Messages.PROCESSOR_FAILED, trace);
      }
    }
    if (round.processingOver()) {
      reportUnlistedProviders(diagnostics);
    }
    return false;
  }

  /**
   * A {@code @Provides} method in a class no {@code @Api} of the compilation lists would never run:
   * reported once the last round is over (a compilation without an {@code @Api}, a library of
   * providers, is left alone).
   */
  private void reportUnlistedProviders(Diagnostics diagnostics) {
    if (!sawApi) {
      return;
    }
    for (Map.Entry<String, String> seen : providerClassesSeen.entrySet()) {
      TypeElement owner = processingEnv.getElementUtils().getTypeElement(seen.getKey());
      if (owner == null || providerClassesListed.contains(seen.getKey())
          || Annotations.find(owner, Names.CONTROLLER).isPresent()) {
        continue; // a controller's @Provides is reported with its API
      }
      for (Element member : owner.getEnclosedElements()) {
        if (member.getSimpleName().contentEquals(seen.getValue())
            && Annotations.find(member, Names.PROVIDES).isPresent()) {
          diagnostics.error(member, Messages.PROVIDES_UNLISTED, member.getSimpleName(), owner.getSimpleName(),
              owner.getSimpleName());
          break;
        }
      }
    }
  }

  private void processApi(TypeElement api, RoundEnvironment round, Diagnostics diagnostics) {
    ApiReader reader = new ApiReader(diagnostics, processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    List<TypeElement> known = currentControllers();
    if (!round.processingOver() && reader.needsLaterRound(api, known)) {
      deferred.add(api.getQualifiedName().toString());
      return;
    }
    providerClassesListed.addAll(reader.providerClassNames(api));
    ApiModel model = reader.read(api, known);
    if (model == null || !new ModelChecks(diagnostics).check(model) || !new DependencyChecks(diagnostics).check(model)) {
      return;
    }
    try {
      for (var file : new RouterWriter().write(model)) {
        file.writeTo(processingEnv.getFiler());
      }
      writeOpenApi(model);
    } catch (IOException e) {
      diagnostics.error(api, "Could not write %s: %s", model.router(), e.getMessage());
    }
  }

  /** The API document, a resource beside the classes: {@code META-INF/hotpath/<api>/openapi.json}. */
  private void writeOpenApi(ApiModel model) throws IOException {
    List<Element> originating = new ArrayList<>();
    originating.add(model.element());
    model.controllers().forEach(controller -> originating.add(controller.element()));
    model.providerClasses().forEach(providers -> originating.add(providers.element()));
    FileObject resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
        OpenApiWriter.resourceName(model), originating.toArray(Element[]::new));
    try (Writer writer = resource.openWriter()) {
      writer.write(new OpenApiWriter().write(model));
    }
  }

  /** Controller elements re-read from this round's symbol table. */
  private List<TypeElement> currentControllers() {
    List<TypeElement> current = new ArrayList<>();
    for (String name : controllers.keySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        current.add(element);
      }
    }
    return current;
  }

  private void reportRoutesOutsideControllers(RoundEnvironment round, Diagnostics diagnostics) {
    for (HttpMethod method : HttpMethod.values()) {
      for (Element element : annotated(round, method.annotation().canonicalName())) {
        Element enclosing = element.getEnclosingElement();
        if (element.getKind() == ElementKind.METHOD
            && Annotations.find(enclosing, Names.CONTROLLER).isEmpty()
            && firstRouteAnnotation(element) == method) {
          diagnostics.error(element, Messages.ROUTE_OUTSIDE_CONTROLLER, method.annotationName(),
              enclosing.getSimpleName());
        }
      }
    }
  }

  private static HttpMethod firstRouteAnnotation(Element element) {
    for (HttpMethod method : HttpMethod.values()) {
      if (Annotations.find(element, method.annotation()).isPresent()) {
        return method;
      }
    }
    return null;
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }
}
