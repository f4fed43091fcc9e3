package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.Segment;
import dev.hotpath.processor.model.Source;
import dev.hotpath.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes one route's handler: bind every parameter (errors collected, in path → query → header →
 * cookie order), throw them as one 422, call the controller method, wrap its result in a
 * {@code Response}.
 */
final class InvokerWriter {
  private final Map<ClassName, String> enumConverters;

  /** @param enumConverters the router's static converter field for each enum type */
  InvokerWriter(Map<ClassName, String> enumConverters) {
    this.enumConverters = enumConverters;
  }

  MethodSpec write(Route route, String methodName, ClassName controllerType, String controllerField) {
    NameAllocator locals = new NameAllocator();
    String exchange = locals.newName("exchange");
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
        .addJavadoc("$L: {@link $T#$L}\n", route.describe().replace("*/", "*&#47;"), controllerType,
            route.source().substring(route.source().indexOf('#') + 1))
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addException(Exception.class)
        .addParameter(Names.EXCHANGE, exchange);

    List<Param> bindOrder = new ArrayList<>(route.params());
    bindOrder.sort(Comparator.comparing(Param::source)); // stable: declaration order within a source
    List<String> names = new ArrayList<>();
    for (Param param : route.params()) {
      names.add(locals.newName(param.javaName(), param));
    }
    boolean anyBound = false;
    for (Param param : bindOrder) {
      if (param.source() == Source.REQUEST) {
        method.addStatement("$T $N = $N.request()", Names.REQUEST, locals.get(param), exchange);
        continue;
      }
      anyBound = true;
      method.addStatement("$T $N = $L", param.type().javaType(), locals.get(param), bind(route, param, exchange));
    }
    if (anyBound) {
      method.addStatement("$N.checkValid()", exchange);
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)",
        route.isStatic() ? CodeBlock.of("$T", controllerType) : CodeBlock.of("this.$N", controllerField),
        route.methodName(), String.join(", ", names));
    return method.addCode(result(route, call, locals)).build();
  }

  private CodeBlock bind(Route route, Param param, String exchange) {
    ValueType type = param.type();
    CodeBlock converter = type.enumType() != null
        ? CodeBlock.of("$N", enumConverters.get(type.enumType()))
        : CodeBlock.of("$T.$L", Names.CONVERTERS, type.scalar().converter());
    String in = param.source().loc();
    if (type.isCollection()) {
      String raws = param.source() == Source.QUERY ? "queryAll" : "headerAll";
      return CodeBlock.of("$T.$L($N, $S, $S, $N.$L($S), $L, $L)", Names.BIND,
          type.container() == ValueType.Container.LIST ? "list" : "set",
          exchange, in, param.wireName(), exchange, raws, param.wireName(), param.required(), converter);
    }
    CodeBlock raw = raw(route, param, exchange);
    if (type.container() == ValueType.Container.OPTIONAL) {
      return CodeBlock.of("$T.optional($N, $S, $S, $L, $L)", Names.BIND, exchange, in, param.wireName(), raw, converter);
    }
    if (param.defaultValue() != null) {
      return CodeBlock.of("$T.orDefault($N, $S, $S, $L, $S, $L)", Names.BIND, exchange, in, param.wireName(), raw,
          param.defaultValue(), converter);
    }
    return CodeBlock.of("$T.$L($N, $S, $S, $L, $L)", Names.BIND, param.nullable() ? "nullable" : "required",
        exchange, in, param.wireName(), raw, converter);
  }

  private static CodeBlock raw(Route route, Param param, String exchange) {
    return switch (param.source()) {
      case PATH -> CodeBlock.of("$N.$L($L)", exchange,
          route.template().segments().get(param.segment()).kind() == Segment.Kind.CATCH_ALL ? "pathRest" : "pathSegment",
          param.segment());
      case QUERY -> CodeBlock.of("$N.query($S)", exchange, param.wireName());
      case HEADER -> CodeBlock.of("$N.header($S)", exchange, param.wireName());
      case COOKIE -> CodeBlock.of("$N.cookie($S)", exchange, param.wireName());
      default -> throw new IllegalArgumentException("No raw value for " + param);
    };
  }

  private static CodeBlock result(Route route, CodeBlock call, NameAllocator locals) {
    Result result = route.result();
    CodeBlock.Builder code = CodeBlock.builder();
    if (result.kind() == Result.Kind.RESPONSE) {
      return code.addStatement("return $L", call).build();
    }
    if (!result.future()) {
      if (result.kind() == Result.Kind.NONE) {
        return code.addStatement("$L", call)
            .addStatement("return $T.status($L).build()", Names.RESPONSE, route.status()).build();
      }
      return code.addStatement("return $T.status($L).body($L)", Names.RESPONSE, route.status(), call).build();
    }
    String value = locals.newName("value");
    if (result.kind() == Result.Kind.NONE) {
      return code.addStatement("return $L.thenApply($N -> $T.status($L).build())", call, value, Names.RESPONSE,
          route.status()).build();
    }
    return code.addStatement("return $L.thenApply($N -> $T.status($L).body($N))", call, value, Names.RESPONSE,
        route.status(), value).build();
  }
}
