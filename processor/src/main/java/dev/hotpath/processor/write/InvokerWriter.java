package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Route;
import dev.hotpath.processor.model.Segment;
import dev.hotpath.processor.model.Source;
import dev.hotpath.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes one route's handler: bind every parameter (errors collected, in path → query → header →
 * cookie order), throw them as one 422, call the controller method, wrap its result in a
 * {@code Response}.
 */
final class InvokerWriter {
  private final StaticFields fields;
  private final JsonCode json;

  /**
   * @param fields the router's constants (enum converters, patterns)
   * @param json the API's JSON expressions; null when no route uses JSON
   */
  InvokerWriter(StaticFields fields, JsonCode json) {
    this.fields = fields;
    this.json = json;
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
    boolean bodyRead = false;
    String embedded = route.embeddedBody() == null ? null : locals.newName("body");
    for (Param param : bindOrder) {
      if (param.source() == Source.REQUEST) {
        method.addStatement("$T $N = $N.request()", Names.REQUEST, locals.get(param), exchange);
        continue;
      }
      if (param.source() == Source.BACKGROUND_TASKS) {
        method.addStatement("$T $N = $N.backgroundTasks()", Names.BACKGROUND_TASKS, locals.get(param), exchange);
        continue;
      }
      anyBound = true;
      if (param.source() == Source.BODY && embedded != null) {
        if (!bodyRead) {
          method.addStatement("$T $N = $T.read($N, true, $T::read$L)", route.embeddedBody().javaType(), embedded,
              Names.BODY_READER, exchange, json.codecs(), route.embeddedBody().codec());
          bodyRead = true;
        }
        CodeBlock absent = param.body() instanceof JsonType.OptionalType
            ? CodeBlock.of("$T.empty()", Optional.class) : CodeBlock.of("null");
        method.addStatement("$T $N = $N == null ? $L : $N.$N()", param.body().javaType(), locals.get(param), embedded,
            absent, embedded, param.javaName());
        continue;
      }
      if (param.source() == Source.BODY) {
        method.addStatement("$T $N = $L", param.body().javaType(), locals.get(param), body(param, exchange));
        CodeBlock whole = param.body() instanceof JsonType.OptionalType
            ? CodeBlock.of("$N.orElse(null)", locals.get(param)) : CodeBlock.of("$N", locals.get(param));
        for (Constraint constraint : param.constraints()) {
          method.addStatement("$N.checkBody($L)", exchange, ConstraintCode.check(constraint, whole, fields));
        }
        continue;
      }
      method.addStatement("$T $N = $L", param.type().javaType(), locals.get(param), bind(route, param, exchange));
      CodeBlock value = param.type().container() == ValueType.Container.OPTIONAL
          ? CodeBlock.of("$N.orElse(null)", locals.get(param)) : CodeBlock.of("$N", locals.get(param));
      for (Constraint constraint : param.constraints()) {
        method.addStatement("$N.check($L, $S, $S, $L)", exchange, ConstraintCode.check(constraint, value, fields),
            param.source().loc(), param.wireName(), value);
      }
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
        ? CodeBlock.of("$N", fields.enumConverter(type.enumType()))
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

  /** The JSON body, read in the route's mode; an {@code Optional} body is empty when absent. */
  private CodeBlock body(Param param, String exchange) {
    if (param.body() instanceof JsonType.OptionalType optional) {
      return CodeBlock.of("$T.ofNullable($T.read($N, false, $L))", Optional.class, Names.BODY_READER, exchange,
          json.reader(optional.element()));
    }
    return CodeBlock.of("$T.read($N, $L, $L)", Names.BODY_READER, exchange, !param.nullable(),
        json.reader(param.body()));
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

  private CodeBlock result(Route route, CodeBlock call, NameAllocator locals) {
    Result result = route.result();
    String value = locals.newName("value");
    CodeBlock response = switch (result.kind()) {
      case NONE -> CodeBlock.of("$T.status($L).build()", Names.RESPONSE, route.status());
      case TEXT, BYTES -> CodeBlock.of("$T.status($L).body($N)", Names.RESPONSE, route.status(), value);
      case JSON -> CodeBlock.of("$T.status($L).body(new $T<>($N, $L))", Names.RESPONSE, route.status(),
          Names.JSON_BODY, value, json.writer(result.json()));
      case RESPONSE -> result.json() == null ? CodeBlock.of("$N", value)
          : result.json() instanceof JsonType.AnyType
              ? CodeBlock.of("$T.dynamic($N, $T::writeAny)", Names.JSON_BODY, value, json.codecs())
              : CodeBlock.of("$T.of($N, $L)", Names.JSON_BODY, value, json.writer(result.json()));
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
