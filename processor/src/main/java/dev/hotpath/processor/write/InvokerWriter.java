package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Mode;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Route;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one route's handler: bind every parameter ({@link ParamBinder}), throw the errors of the
 * request (its providers' too) as one 422, call the controller method, wrap its result in a
 * {@code Response}.
 */
final class InvokerWriter {
  private final ParamBinder binder;
  private final JsonCode json;

  InvokerWriter(ParamBinder binder) {
    this.binder = binder;
    this.json = binder.json();
  }

  MethodSpec write(Route route, String methodName, ClassName controllerType, String controllerField,
      boolean hasDependencies) {
    NameAllocator locals = new NameAllocator();
    String exchange = locals.newName("exchange");
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
        .addJavadoc("$L: {@link $T#$L}\n", route.describe().replace("*/", "*&#47;"), controllerType,
            route.source().substring(route.source().indexOf('#') + 1))
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addException(Exception.class)
        .addParameter(Names.EXCHANGE, exchange);
    List<String> names = new ArrayList<>();
    for (Param param : route.params()) {
      names.add(locals.newName(param.javaName(), param));
    }
    boolean anyBound = binder.bind(method, route.params(), locals, exchange, route.template(), route.embeddedBody(),
        null);
    if (anyBound || hasDependencies) { // providers' errors wait for the route, to go out as one 422
      method.addStatement("$N.checkValid()", exchange);
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)",
        route.isStatic() ? CodeBlock.of("$T", controllerType) : CodeBlock.of("this.$N", controllerField),
        route.methodName(), String.join(", ", names));
    return method.addCode(result(route, call, locals)).build();
  }

  /** The route's publisher or stream as a streamed body, its elements written by the rule of {@code Result.Elements}. */
  private CodeBlock streamed(Route route, String value) {
    Result.Streamed stream = route.result().stream();
    CodeBlock encoding = switch (stream.elements()) {
      case TEXT -> CodeBlock.of("$T.text()", Names.STREAM_BODY);
      case BYTES -> CodeBlock.of("$T.bytes()", Names.STREAM_BODY);
      case JSON_LINES -> CodeBlock.of("$T.jsonLines($L)", Names.STREAM_BODY, json.writer(route.result().json()));
      case EVENTS -> CodeBlock.of("$T.events($L)", Names.STREAM_BODY, json.writer(route.result().json()));
    };
    return stream.publisher() ? CodeBlock.of("$T.of($L, $L)", Names.STREAM_BODY, value, encoding)
        : CodeBlock.of("$T.of($L, $L, $L)", Names.STREAM_BODY, value, encoding, route.mode() == Mode.BLOCKING);
  }

  private CodeBlock result(Route route, CodeBlock call, NameAllocator locals) {
    Result result = route.result();
    String value = locals.newName("value");
    CodeBlock response = switch (result.kind()) {
      case NONE -> CodeBlock.of("$T.status($L).build()", Names.RESPONSE, route.status());
      case TEXT, BYTES -> CodeBlock.of("$T.status($L).body($N)", Names.RESPONSE, route.status(), value);
      case JSON -> CodeBlock.of("$T.status($L).body(new $T<>($N, $L))", Names.RESPONSE, route.status(),
          Names.JSON_BODY, value, json.writer(result.json()));
      case RESPONSE -> result.stream() != null ? CodeBlock.of("$N == null || $N.body() == null ? $N : $T.withBody($N, $L)",
          value, value, value, Names.STREAM_BODY, value, streamed(route, value + ".body()"))
          : result.json() == null ? CodeBlock.of("$N", value)
          : result.json() instanceof JsonType.AnyType
              ? CodeBlock.of("$T.dynamic($N, $T::writeAny)", Names.JSON_BODY, value, json.codecs())
              : CodeBlock.of("$T.of($N, $L)", Names.JSON_BODY, value, json.writer(result.json()));
      case STREAM -> CodeBlock.of("$T.status($L).body($L)", Names.RESPONSE, route.status(), streamed(route, value));
    };
    if (result.future()) {
      return CodeBlock.of("return $N.started($L).thenApply($N -> $L);\n", "exchange", call, value, response);
    }
    if (result.kind() == Result.Kind.NONE) {
      return CodeBlock.builder().addStatement("$L", call).addStatement("return $L", response).build();
    }
    return CodeBlock.builder().addStatement("$T $N = $L", route.returnType(), value, call)
        .addStatement("return $L", response).build();
  }
}
