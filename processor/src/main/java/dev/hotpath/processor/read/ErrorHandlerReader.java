package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.check.Diagnostics;
import dev.hotpath.processor.check.Messages;
import dev.hotpath.processor.model.ErrorHandler;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @ExceptionHandler} methods of a class: one exception parameter (and optionally
 * the {@code Request}), a {@code Response<T>} result. Reports what is wrong on the method.
 */
final class ErrorHandlerReader {
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Types types;
  private final JsonTypeReader json;

  ErrorHandlerReader(Diagnostics diagnostics, Elements elements, Types types, JsonTypeReader json) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.types = types;
    this.json = json;
  }

  List<ErrorHandler> read(TypeElement owner, String routerPackage) {
    List<ErrorHandler> handlers = new ArrayList<>();
    Map<String, ExecutableElement> byType = new HashMap<>();
    for (Element member : owner.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD || Annotations.find(member, Names.EXCEPTION_HANDLER).isEmpty()) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      ErrorHandler handler = handler(owner, method, routerPackage);
      if (handler == null) {
        continue;
      }
      ExecutableElement earlier = byType.putIfAbsent(handler.exception().toString(), method);
      if (earlier != null) {
        diagnostics.error(method, Messages.HANDLER_DUPLICATE, handler.exception(), earlier.getSimpleName());
        continue;
      }
      handlers.add(handler);
    }
    return handlers;
  }

  private ErrorHandler handler(TypeElement owner, ExecutableElement method, String routerPackage) {
    int before = diagnostics.errorCount();
    if (method.getModifiers().contains(Modifier.PRIVATE)
        || (!method.getModifiers().contains(Modifier.PUBLIC)
            && !elements.getPackageOf(owner).getQualifiedName().contentEquals(routerPackage))) {
      diagnostics.error(method, Messages.HANDLER_NOT_ACCESSIBLE, routerPackage);
    }
    TypeMirror throwable = elements.getTypeElement("java.lang.Throwable").asType();
    TypeMirror exception = null;
    List<Boolean> requestArguments = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      if (TypeReader.isRequest(parameter.asType())) {
        requestArguments.add(true);
      } else if (exception == null && types.isAssignable(parameter.asType(), throwable)) {
        exception = parameter.asType();
        requestArguments.add(false);
      } else {
        diagnostics.error(parameter, Messages.HANDLER_PARAMETERS);
        return null;
      }
    }
    if (exception == null) {
      diagnostics.error(method, Messages.HANDLER_PARAMETERS);
      return null;
    }
    Result result;
    try {
      result = TypeReader.result(method.getReturnType(), type -> {
        List<String> problems = new ArrayList<>();
        JsonType read = json.read(type, TypeNames.simple(type), problems);
        if (read == null) {
          diagnostics.error(method, Messages.JSON_TYPE_UNSUPPORTED, problems.get(0));
        }
        return read;
      });
    } catch (TypeReader.UnsupportedResult e) {
      result = null;
    }
    if (result != null && (result.kind() != Result.Kind.RESPONSE || result.future())) {
      diagnostics.error(method, Messages.HANDLER_RETURN, method.getReturnType());
      return null;
    }
    if (result == null || diagnostics.errorCount() > before) {
      if (diagnostics.errorCount() == before) {
        diagnostics.error(method, Messages.HANDLER_RETURN, method.getReturnType());
      }
      return null;
    }
    return new ErrorHandler(method, ClassName.get(owner), method.getModifiers().contains(Modifier.STATIC),
        method.getSimpleName().toString(), TypeName.get(exception), depth(exception), requestArguments,
        result.json(), owner.getSimpleName() + "#" + method.getSimpleName());
  }

  /** Superclasses between the exception type and {@code Object}: more is more specific. */
  private static int depth(TypeMirror type) {
    int depth = 0;
    TypeMirror at = type;
    while (at.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) at).asElement();
      at = element.getSuperclass();
      depth++;
    }
    return depth;
  }
}
