package dev.hotpath.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Constraint;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.PathTemplate;
import dev.hotpath.processor.model.Segment;
import dev.hotpath.processor.model.Source;
import dev.hotpath.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the statements binding a route's or a provider's parameters to locals: path → query →
 * header → cookie → body (declaration order within each), every error collected on the exchange,
 * each parameter's constraints checked; injected parameters from the exchange, provided ones from
 * the request's dependencies.
 */
final class ParamBinder {
  private final StaticFields fields;
  private final JsonCode json;
  private final DependencyState dependencies;

  /**
   * @param fields the router's constants (enum converters, patterns)
   * @param json the API's JSON expressions; null when nothing uses JSON
   * @param dependencies the request's provided values; null when the API has no providers
   */
  ParamBinder(StaticFields fields, JsonCode json, DependencyState dependencies) {
    this.fields = fields;
    this.json = json;
    this.dependencies = dependencies;
  }

  JsonCode json() {
    return json;
  }

  /** Whether binding the parameter can record a validation error (it is read from the request). */
  static boolean validated(Param param) {
    return switch (param.source()) {
      case REQUEST, BACKGROUND_TASKS, PROVIDED -> false;
      default -> true;
    };
  }

  /**
   * Declares one local per parameter, named {@code locals.get(param)}; returns whether any can
   * record a validation error.
   *
   * @param template the route's template, or null for a provider (whose path parameters are read by name)
   * @param embeddedBody the record a route's embedded body is read into, or null
   * @param holder the request's {@code Dependencies} when a local holds it, else null
   */
  boolean bind(MethodSpec.Builder method, List<Param> params, NameAllocator locals, String exchange,
      PathTemplate template, JsonType.ObjectType embeddedBody, String holder) {
    List<Param> bindOrder = new ArrayList<>(params);
    bindOrder.sort(Comparator.comparing(Param::source)); // stable: declaration order within a source
    boolean anyBound = false;
    String embedded = null;
    for (Param param : bindOrder) {
      if (param.source() == Source.REQUEST) {
        method.addStatement("$T $N = $N.request()", Names.REQUEST, locals.get(param), exchange);
        continue;
      }
      if (param.source() == Source.BACKGROUND_TASKS) {
        method.addStatement("$T $N = $N.backgroundTasks()", Names.BACKGROUND_TASKS, locals.get(param), exchange);
        continue;
      }
      if (param.source() == Source.PROVIDED) {
        method.addStatement("$T $N = $L", param.provided(), locals.get(param), dependencies.value(param.provided(),
            holder != null ? CodeBlock.of("$N", holder) : dependencies.of(exchange)));
        continue;
      }
      anyBound |= validated(param);
      if (param.source() == Source.BODY && embeddedBody != null) {
        if (embedded == null) {
          embedded = locals.newName("body");
          method.addStatement("$T $N = $T.read($N, true, $T::read$L)", embeddedBody.javaType(), embedded,
              Names.BODY_READER, exchange, json.codecs(), embeddedBody.codec());
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
      CodeBlock binding = param.type().scalar().isFile() ? file(param, exchange) : bind(template, param, exchange);
      method.addStatement("$T $N = $L", param.type().javaType(), locals.get(param), binding);
      CodeBlock value = param.type().container() == ValueType.Container.OPTIONAL
          ? CodeBlock.of("$N.orElse(null)", locals.get(param)) : CodeBlock.of("$N", locals.get(param));
      for (Constraint constraint : param.constraints()) {
        method.addStatement("$N.check($L, $S, $L, $L)", exchange, ConstraintCode.check(constraint, value, fields),
            param.source().loc(), JavaLiteral.of(param.wireName()), value);
      }
    }
    return anyBound;
  }

  private CodeBlock bind(PathTemplate template, Param param, String exchange) {
    ValueType type = param.type();
    CodeBlock converter = type.enumType() != null
        ? CodeBlock.of("$N", fields.enumConverter(type.enumType()))
        : CodeBlock.of("$T.$L", Names.CONVERTERS, type.scalar().converter());
    String in = param.source().loc();
    if (type.isCollection()) {
      String raws = switch (param.source()) {
        case QUERY -> "queryAll";
        case FORM -> "formAll";
        default -> "headerAll";
      };
      String name = JavaLiteral.of(param.wireName());
      return CodeBlock.of("$T.$L($N, $S, $L, $N.$L($L), $L, $L)", Names.BIND,
          type.container() == ValueType.Container.LIST ? "list" : "set",
          exchange, in, name, exchange, raws, name, param.required(), converter);
    }
    CodeBlock raw = raw(template, param, exchange);
    if (type.container() == ValueType.Container.OPTIONAL) {
      return CodeBlock.of("$T.optional($N, $S, $L, $L, $L)", Names.BIND, exchange, in, JavaLiteral.of(param.wireName()),
          raw, converter);
    }
    if (param.defaultValue() != null) {
      return CodeBlock.of("$T.orDefault($N, $S, $L, $L, $L, $L)", Names.BIND, exchange, in,
          JavaLiteral.of(param.wireName()), raw, JavaLiteral.of(param.defaultValue()), converter);
    }
    return CodeBlock.of("$T.$L($N, $S, $L, $L, $L)", Names.BIND, param.nullable() ? "nullable" : "required",
        exchange, in, JavaLiteral.of(param.wireName()), raw, converter);
  }

  /** A file part of a form: the upload, an optional one, all of a field's, or its bytes. */
  private static CodeBlock file(Param param, String exchange) {
    String name = JavaLiteral.of(param.wireName());
    if (param.type().scalar() == dev.hotpath.processor.model.Scalar.BYTES) {
      return CodeBlock.of("$T.bytes($N, $L, $L)", Names.BIND, exchange, name, param.required());
    }
    return switch (param.type().container()) {
      case OPTIONAL -> CodeBlock.of("$T.ofNullable($T.file($N, $L, false))", Optional.class, Names.BIND, exchange, name);
      case LIST -> CodeBlock.of("$T.files($N, $L, $L)", Names.BIND, exchange, name, param.required());
      default -> CodeBlock.of("$T.file($N, $L, $L)", Names.BIND, exchange, name, param.required());
    };
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

  /** The raw text of a path, query, header or cookie parameter; a provider's path variable by name. */
  private static CodeBlock raw(PathTemplate template, Param param, String exchange) {
    return switch (param.source()) {
      case PATH -> template == null || param.segment() < 0
          ? CodeBlock.of("$N.pathVariable($L)", exchange, JavaLiteral.of(param.wireName()))
          : CodeBlock.of("$N.$L($L)", exchange,
              template.segments().get(param.segment()).kind() == Segment.Kind.CATCH_ALL ? "pathRest" : "pathSegment",
              param.segment());
      case QUERY -> CodeBlock.of("$N.query($L)", exchange, JavaLiteral.of(param.wireName()));
      case HEADER -> CodeBlock.of("$N.header($L)", exchange, JavaLiteral.of(param.wireName()));
      case COOKIE -> CodeBlock.of("$N.cookie($L)", exchange, JavaLiteral.of(param.wireName()));
      case FORM -> CodeBlock.of("$N.form($L)", exchange, JavaLiteral.of(param.wireName()));
      default -> throw new IllegalArgumentException("No raw value for " + param);
    };
  }

}
