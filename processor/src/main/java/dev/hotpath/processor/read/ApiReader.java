package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.model.ApiModel;
import dev.hotpath.processor.model.ControllerModel;
import dev.hotpath.processor.model.ErrorHandler;
import dev.hotpath.processor.model.HandlerClass;
import dev.hotpath.processor.model.Provider;
import dev.hotpath.processor.model.ProviderClass;
import dev.hotpath.processor.model.Route;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Api} type and its controllers into an {@link ApiModel}, reporting element-level
 * mistakes as it goes. Returns null when anything was reported.
 */
public final class ApiReader {
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final Elements elements;
  private final Types types;

  public ApiReader(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.elements = elements;
    this.types = types;
  }

  /** Whether a type this API reads is not generated yet (an error type): read it in a later round. */
  public boolean needsLaterRound(TypeElement api, Collection<TypeElement> knownControllers) {
    AnnotationMirror mirror = Annotations.find(api, Names.API).orElseThrow();
    if (annotations.hasUnresolvedType(mirror, "controllers") || annotations.hasUnresolvedType(mirror, "providers")) {
      return true;
    }
    List<ExecutableElement> methods = new ArrayList<>();
    for (TypeElement controller : controllersOf(api, mirror, knownControllers, false)) {
      methods.addAll(routeMethods(controller));
    }
    for (ProviderReader.Listed providers : providerClassesOf(api, mirror, false)) {
      methods.addAll(ProviderReader.providesMethods(providers.type()));
    }
    return methods.stream().anyMatch(method -> hasErrorType(method.getReturnType())
        || method.getParameters().stream().anyMatch(p -> hasErrorType(p.asType())));
  }

  public ApiModel read(TypeElement api, Collection<TypeElement> knownControllers) {
    int before = diagnostics.errorCount();
    AnnotationMirror mirror = Annotations.find(api, Names.API).orElseThrow();
    String routerPackage = elements.getPackageOf(api).getQualifiedName().toString();
    ClassName router = ClassName.get(routerPackage, api.getSimpleName() + "Router");
    ClassName codecs = ClassName.get(routerPackage, api.getSimpleName() + "Json");
    JsonTypeReader json = new JsonTypeReader(elements, types, codecs);

    // Providers first: a parameter of a type they give is injected, in routes and providers alike.
    ProviderReader providerReader = new ProviderReader(diagnostics, elements);
    List<ProviderReader.Listed> listed = providerClassesOf(api, mirror, true);
    List<TypeElement> providerTypes = listed.stream().map(ProviderReader.Listed::type).toList();
    Map<TypeName, ProviderReader.Signature> signatures = providerReader.signatures(api, mirror, listed, routerPackage);
    Set<TypeName> provided = signatures.keySet();
    ParamReader params = new ParamReader(diagnostics, annotations, json, new ConstraintReader(elements), provided);
    RequiresReader requires = new RequiresReader(diagnostics, annotations, provided);
    List<ProviderClass> providerClasses = new ArrayList<>();
    for (TypeElement type : providerTypes) {
      List<Provider> read = new ArrayList<>();
      for (ProviderReader.Signature signature : signatures.values()) {
        if (signature.method().getEnclosingElement().equals(type)) {
          Provider provider = providerReader.read(signature, params);
          if (provider != null) {
            read.add(provider);
          }
        }
      }
      providerClasses.add(ProviderReader.providerClass(type, read));
    }

    RouteReader routes = new RouteReader(diagnostics, annotations, elements, json, params, requires);
    ErrorHandlerReader handlers = new ErrorHandlerReader(diagnostics, elements, types, json);
    List<HandlerClass> handlerClasses = new ArrayList<>();
    for (TypeMirror handlerType : annotations.types(mirror, "exceptionHandlers")) {
      if (handlerType instanceof DeclaredType declared) {
        TypeElement type = (TypeElement) declared.asElement();
        reportMisplacedProviders(type, "an exception handler class");
        handlerClasses.add(new HandlerClass(type, ClassName.get(type), handlers.read(type, routerPackage)));
      }
    }
    List<ControllerModel> controllers = new ArrayList<>();
    for (TypeElement controller : controllersOf(api, mirror, knownControllers, true)) {
      ControllerModel model = controller(controller, routerPackage, routes, handlers, requires);
      if (model != null) {
        controllers.add(model);
      }
    }
    List<TypeName> apiRequires = requires.read(api);
    if (diagnostics.errorCount() > before) {
      return null;
    }
    String title = annotations.string(mirror, "title");
    return new ApiModel(api, router, codecs, title.isEmpty() ? api.getSimpleName().toString() : title,
        annotations.string(mirror, "version"), controllers, handlerClasses, providerClasses, apiRequires,
        List.copyOf(json.objects()), new JavadocReader(elements).read(api).text());
  }

  /** The classes of {@code @Api(providers)}, in order; one listed twice is reported. */
  private List<ProviderReader.Listed> providerClassesOf(TypeElement api, AnnotationMirror mirror, boolean report) {
    List<ProviderReader.Listed> classes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : annotations.values(mirror, "providers")) {
      if (value.getValue() instanceof DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (seen.add(element.getQualifiedName().toString())) {
          classes.add(new ProviderReader.Listed(element, value));
        } else if (report) {
          diagnostics.error(api, mirror, value, Messages.PROVIDER_CLASS_TWICE, element.getQualifiedName());
        }
      }
    }
    return classes;
  }

  /**
   * The classes of {@code @Api(providers)} and {@code @Api(exceptionHandlers)}, whose
   * {@code @Provides} methods reading the API runs or reports: for the processor's check that none
   * is left out.
   */
  public List<String> providerClassNames(TypeElement api) {
    AnnotationMirror mirror = Annotations.find(api, Names.API).orElseThrow();
    return java.util.stream.Stream.concat(annotations.types(mirror, "providers").stream(),
            annotations.types(mirror, "exceptionHandlers").stream())
        .filter(type -> type instanceof DeclaredType)
        .map(type -> ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString())
        .toList();
  }

  private void reportMisplacedProviders(TypeElement type, String what) {
    for (ExecutableElement method : ProviderReader.providesMethods(type)) {
      diagnostics.error(method, Messages.PROVIDES_OUTSIDE, what, method.getSimpleName());
    }
  }

  /** The listed controllers in order, or every known {@code @Controller} sorted by name. */
  private List<TypeElement> controllersOf(TypeElement api, AnnotationMirror mirror,
      Collection<TypeElement> knownControllers, boolean report) {
    List<? extends AnnotationValue> values = annotations.values(mirror, "controllers");
    List<TypeElement> controllers = new ArrayList<>();
    if (values.isEmpty()) {
      controllers.addAll(knownControllers);
      controllers.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
      if (controllers.isEmpty() && report) {
        diagnostics.error(api, mirror, Messages.API_WITHOUT_CONTROLLERS);
      }
      return controllers;
    }
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : values) {
      if (!(value.getValue() instanceof DeclaredType type)) {
        continue; // an error type: javac reports it
      }
      TypeElement element = (TypeElement) type.asElement();
      if (Annotations.find(element, Names.CONTROLLER).isEmpty()) {
        if (report) {
          diagnostics.error(api, mirror, value, Messages.API_LISTS_NON_CONTROLLER, element.getQualifiedName());
        }
      } else if (!seen.add(element.getQualifiedName().toString())) {
        if (report) {
          diagnostics.error(api, mirror, value, Messages.API_LISTS_CONTROLLER_TWICE, element.getQualifiedName());
        }
      } else {
        controllers.add(element);
      }
    }
    return controllers;
  }

  private ControllerModel controller(TypeElement controller, String routerPackage, RouteReader routes,
      ErrorHandlerReader handlers, RequiresReader requires) {
    AnnotationMirror mirror = Annotations.find(controller, Names.CONTROLLER).orElseThrow();
    int before = diagnostics.errorCount();
    boolean samePackage = elements.getPackageOf(controller).getQualifiedName().contentEquals(routerPackage);
    if (!controller.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
      diagnostics.error(controller, Messages.CONTROLLER_NOT_ACCESSIBLE, routerPackage);
    }
    if (!controller.getTypeParameters().isEmpty()) {
      diagnostics.error(controller, Messages.CONTROLLER_GENERIC);
    }
    if (controller.getNestingKind() != NestingKind.TOP_LEVEL
        && !(controller.getNestingKind() == NestingKind.MEMBER && controller.getModifiers().contains(Modifier.STATIC))) {
      diagnostics.error(controller, Messages.CONTROLLER_NOT_TOP_LEVEL);
    }
    List<TypeName> required = requires.read(controller);
    reportMisplacedProviders(controller, "a @Controller class");
    String prefix = annotations.string(mirror, "value");
    if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
      diagnostics.error(controller, mirror, Annotations.explicitValue(mirror, "value"), Messages.PREFIX_INVALID,
          prefix);
      return null;
    }
    List<Route> read = new ArrayList<>();
    for (ExecutableElement method : routeMethods(controller)) {
      Route route = routes.read(method, controller, prefix, routerPackage);
      if (route != null) {
        read.add(route);
      }
    }
    if (diagnostics.errorCount() > before) {
      return null;
    }
    List<ErrorHandler> own = handlers.read(controller, routerPackage);
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new ControllerModel(controller, ClassName.get(controller), prefix, read, own, required);
  }

  /** The methods with a route annotation, in source order. */
  static List<ExecutableElement> routeMethods(TypeElement controller) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : controller.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && !RouteReader.routeAnnotations((ExecutableElement) member).isEmpty()) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }

  private static boolean hasErrorType(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(ApiReader::hasErrorType);
    }
    return false;
  }
}
