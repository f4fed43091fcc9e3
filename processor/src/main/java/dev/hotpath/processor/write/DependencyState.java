package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The router's {@code Dependencies} class: one request's provided values, a field per provider
 * (and a flag for a provider skipped because its inputs failed), kept on the exchange. Steps run
 * one after another, each handing over to the next through an executor or a future, so plain
 * fields are safely published.
 */
final class DependencyState {
  private final ClassName type;
  private final Map<TypeName, String> values = new LinkedHashMap<>();
  private final Map<TypeName, String> failed = new LinkedHashMap<>();

  DependencyState(ClassName router, List<Provider> providers) {
    this.type = router.nestedClass("Dependencies");
    NameAllocator names = new NameAllocator();
    names.newName("of", "of");
    for (Provider provider : providers) {
      String name = names.newName(lowerCamel(simpleName(provider.provided())), provider.provided());
      values.put(provider.provided(), name);
      failed.put(provider.provided(), names.newName(name + "Failed"));
    }
  }

  /** {@code Dependencies.of(exchange)}: made by the request's first step. */
  CodeBlock of(String exchange) {
    return CodeBlock.of("$T.of($N)", type, exchange);
  }

  ClassName type() {
    return type;
  }

  /** The provided value of {@code provided}, for a parameter, read off {@code holder} (a local or {@link #of}). */
  CodeBlock value(TypeName provided, CodeBlock holder) {
    return CodeBlock.of("$L.$N", holder, values.get(provided));
  }

  String field(TypeName provided) {
    return values.get(provided);
  }

  String failedFlag(TypeName provided) {
    return failed.get(provided);
  }

  TypeSpec write() {
    TypeSpec.Builder holder = TypeSpec.classBuilder(type)
        .addJavadoc("One request's provided values, each written by its provider's step before the steps and route "
            + "that read it.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    for (Map.Entry<TypeName, String> value : values.entrySet()) {
      holder.addField(FieldSpec.builder(value.getKey(), value.getValue()).build());
      holder.addField(FieldSpec.builder(TypeName.BOOLEAN, failed.get(value.getKey())).build());
    }
    return holder.addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(type)
            .addParameter(Names.EXCHANGE, "exchange")
            .addStatement("Object dependencies = exchange.dependencies()")
            .beginControlFlow("if (dependencies == null)")
            .addStatement("dependencies = new $T()", type)
            .addStatement("exchange.dependencies(dependencies)")
            .endControlFlow()
            .addStatement("return ($T) dependencies", type)
            .build())
        .build();
  }

  private static String simpleName(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType().simpleName();
    }
    if (type instanceof ClassName name) {
      return name.simpleName();
    }
    return "value";
  }

  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
