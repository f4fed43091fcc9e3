package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.model.Mode;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Provider;
import dev.hotpath.processor.model.ProviderClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads the classes of {@code @Api(providers = ...)} in two passes: first the type each
 * {@code @Provides} method provides (so that route and provider parameters of those types are known
 * to be injected), then each provider with its parameters. Reports mistakes on the method or class.
 */
final class ProviderReader {
  /** What a {@code @Provides} method's return type says, before its parameters are read. */
  record Signature(ExecutableElement method, TypeName provided, boolean future, boolean scoped) {}

  private final Diagnostics diagnostics;
  private final Elements elements;

  ProviderReader(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /** The {@code @Provides} methods of a class, in source order. */
  static List<ExecutableElement> providesMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && Annotations.find(member, Names.PROVIDES).isPresent()) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }

  /** A class of {@code @Api(providers)} and the annotation value naming it, where its problems are reported. */
  record Listed(TypeElement type, AnnotationValue value) {}

  /**
   * First pass: every valid provider's signature, by provided type; duplicates reported on the
   * method, a class that cannot be used on the {@code @Api} value naming it.
   */
  Map<TypeName, Signature> signatures(TypeElement api, AnnotationMirror mirror, List<Listed> classes,
      String routerPackage) {
    Map<TypeName, Signature> byType = new LinkedHashMap<>();
    for (Listed listed : classes) {
      TypeElement type = listed.type();
      String problem = classProblem(type, routerPackage);
      if (problem != null) {
        diagnostics.error(api, mirror, listed.value(), problem, type.getQualifiedName());
        continue;
      }
      List<ExecutableElement> methods = providesMethods(type);
      if (methods.isEmpty()) {
        diagnostics.error(api, mirror, listed.value(), Messages.PROVIDER_CLASS_EMPTY, type.getQualifiedName());
      }
      for (ExecutableElement method : methods) {
        Signature signature = signature(method);
        if (signature == null) {
          continue;
        }
        Signature earlier = byType.putIfAbsent(signature.provided(), signature);
        if (earlier != null) {
          diagnostics.error(method, Messages.PROVIDES_DUPLICATE, signature.provided(), source(earlier.method()));
        }
      }
    }
    return byType;
  }

  /** The message for a class the router cannot hold and call, or null. */
  private String classProblem(TypeElement type, String routerPackage) {
    boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(routerPackage);
    if (!type.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
      return Messages.PROVIDER_CLASS_NOT_ACCESSIBLE;
    }
    if (!type.getTypeParameters().isEmpty()) {
      return Messages.PROVIDER_CLASS_GENERIC;
    }
    if (type.getNestingKind() != NestingKind.TOP_LEVEL
        && !(type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC))) {
      return Messages.PROVIDER_CLASS_NOT_TOP_LEVEL;
    }
    return null;
  }

  /** The provided type and shape of a method's result; null after reporting what is wrong with it. */
  private Signature signature(ExecutableElement method) {
    int before = diagnostics.errorCount();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(method, Messages.PROVIDES_NOT_PUBLIC);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Messages.PROVIDES_GENERIC);
    }
    Annotations.find(method, Names.REQUIRES).ifPresent(mirror ->
        diagnostics.error(method, mirror, Messages.REQUIRES_ON_PROVIDER));
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.VOID) {
      diagnostics.error(method, Messages.PROVIDES_VOID);
      return null;
    }
    boolean future = isFuture(type);
    if (future) {
      type = onlyArgument(method, type);
    }
    boolean scoped = type != null && is(type, Names.SCOPED.canonicalName());
    if (scoped) {
      type = onlyArgument(method, type);
    }
    if (type == null) {
      return null;
    }
    if (type.getKind() == TypeKind.VOID || isFuture(type) || is(type, Names.SCOPED.canonicalName())
        || (type.getKind() == TypeKind.DECLARED && type.toString().equals("java.lang.Void"))) {
      diagnostics.error(method, Messages.PROVIDES_UNSUPPORTED, method.getReturnType(),
          "provide a value, a Scoped value, or a future of one");
      return null;
    }
    if (TypeReader.isRequest(type) || TypeReader.isBackgroundTasks(type)) {
      diagnostics.error(method, Messages.PROVIDES_INJECTED_TYPE, type);
      return null;
    }
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new Signature(method, ParamReader.providedType(type), future, scoped);
  }

  /** The type argument of a future or {@code Scoped}; null after reporting a raw or wildcard one. */
  private TypeMirror onlyArgument(ExecutableElement method, TypeMirror type) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
      diagnostics.error(method, Messages.PROVIDES_UNSUPPORTED, method.getReturnType(),
          "name the provided type, such as Scoped<Connection> or CompletionStage<User>");
      return null;
    }
    return arguments.get(0);
  }

  /** Second pass: the provider of a signature, its parameters bound as a route's. */
  Provider read(Signature signature, ParamReader params) {
    ExecutableElement method = signature.method();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    int before = diagnostics.errorCount();
    List<Param> read = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Param param = params.read(parameter, null, null);
      if (param != null) {
        read.add(param);
      }
      Mode mode = mode(method, signature.future());
      if (param != null && param.source() == dev.hotpath.processor.model.Source.FORM
          && param.type().scalar() == dev.hotpath.processor.model.Scalar.BYTES && mode == Mode.NON_BLOCKING) {
        diagnostics.error(parameter, Messages.FORM_BYTES_NON_BLOCKING, param.javaName(), "provider " + source(method));
      }
    }
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new Provider(method, ClassName.get(owner), method.getSimpleName().toString(), source(method),
        signature.provided(), mode(method, signature.future()), signature.future(), signature.scoped(), read,
        method.getModifiers().contains(Modifier.STATIC), new JavadocReader(elements).read(method).params());
  }

  static ProviderClass providerClass(TypeElement type, List<Provider> providers) {
    return new ProviderClass(type, ClassName.get(type), providers);
  }

  /** As a route's: a future is non-blocking unless {@code @Blocking}, a plain value blocking unless {@code @NonBlocking}. */
  private static Mode mode(ExecutableElement method, boolean future) {
    if (future) {
      return Annotations.find(method, Names.BLOCKING).isPresent() ? Mode.BLOCKING : Mode.NON_BLOCKING;
    }
    return Annotations.find(method, Names.NON_BLOCKING).isPresent() ? Mode.NON_BLOCKING : Mode.BLOCKING;
  }

  /** {@code Auth#currentUser(String)}. */
  static String source(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "#" + method.getSimpleName()
        + method.getParameters().stream().map(p -> TypeNames.simple(p.asType())).collect(Collectors.joining(", ", "(", ")"));
  }

  private static boolean isFuture(TypeMirror type) {
    return is(type, Names.COMPLETION_STAGE) || is(type, Names.COMPLETABLE_FUTURE);
  }

  private static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
