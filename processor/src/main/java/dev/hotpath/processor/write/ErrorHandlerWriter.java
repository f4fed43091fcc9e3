package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.ControllerModel;
import dev.hotpath.processor.model.ErrorHandler;
import dev.hotpath.processor.model.HandlerClass;
import dev.hotpath.processor.model.JsonType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the exception handling of routes: one method per distinct set of handlers, an
 * {@code instanceof} chain from the most specific exception type to the least (a controller's own
 * handler first when both it and the API have one for the same type), rethrowing what none takes.
 */
final class ErrorHandlerWriter {
  private final NameAllocator names;
  private final Map<ClassName, String> owners;
  private final JsonCode json;
  private final Map<List<ErrorHandler>, String> written = new LinkedHashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();

  /**
   * @param owners the router field holding each controller or handler class
   * @param json the API's JSON expressions; null when nothing uses JSON
   */
  ErrorHandlerWriter(NameAllocator names, Map<ClassName, String> owners, JsonCode json) {
    this.names = names;
    this.owners = owners;
    this.json = json;
  }

  /** The method handling failures of a controller's routes, or null when no handler applies. */
  String methodFor(ControllerModel controller, List<HandlerClass> apiHandlers) {
    List<ErrorHandler> applicable = new ArrayList<>(controller.handlers());
    apiHandlers.forEach(handlerClass -> applicable.addAll(handlerClass.handlers()));
    if (applicable.isEmpty()) {
      return null;
    }
    applicable.sort(Comparator.comparingInt(ErrorHandler::depth).reversed()); // stable: controller first
    return written.computeIfAbsent(applicable, this::write);
  }

  List<MethodSpec> methods() {
    return methods;
  }

  private String write(List<ErrorHandler> handlers) {
    String name = names.newName("handleErrors");
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("Exception handlers, the most specific first: "
            + String.join(", ", handlers.stream().map(h -> "{@link " + h.source() + "}").toList()) + ".\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addParameter(Throwable.class, "failure")
        .addParameter(Names.EXCHANGE, "exchange")
        .addException(Throwable.class);
    if (handlers.stream().noneMatch(h -> h.exception().equals(Names.REQUEST_VALIDATION_EXCEPTION))) {
      // As in FastAPI, validation errors are the 422 unless a handler takes exactly them.
      method.beginControlFlow("if (failure instanceof $T)", Names.REQUEST_VALIDATION_EXCEPTION)
          .addStatement("throw failure")
          .endControlFlow();
    }
    for (ErrorHandler handler : handlers) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (boolean request : handler.requestArguments()) {
        arguments.add(request ? CodeBlock.of("exchange.request()") : CodeBlock.of("exception"));
      }
      CodeBlock call = CodeBlock.of("$L.$N($L)",
          handler.isStatic() ? CodeBlock.of("$T", handler.owner()) : CodeBlock.of("this.$N", owners.get(handler.owner())),
          handler.methodName(), CodeBlock.join(arguments, ", "));
      method.beginControlFlow("if (failure instanceof $T exception)", handler.exception())
          .addStatement("return $L", wrap(handler.body(), call))
          .endControlFlow();
    }
    methods.add(method.addStatement("throw failure").build());
    return name;
  }

  private CodeBlock wrap(JsonType body, CodeBlock call) {
    if (body == null) {
      return call;
    }
    if (body instanceof JsonType.AnyType) {
      return CodeBlock.of("$T.dynamic($L, $T::writeAny)", Names.JSON_BODY, call, json.codecs());
    }
    return CodeBlock.of("$T.of($L, $L)", Names.JSON_BODY, call, json.writer(body));
  }
}
