package dev.hotpath.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Mode;
import dev.hotpath.processor.model.Param;
import dev.hotpath.processor.model.Provider;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one provider's step: skip it when a provider it needs was skipped; bind its parameters,
 * skipping it (its errors kept for the route's 422) when they fail; call it; keep its value, and
 * its {@code Scoped} to close after the response. A non-blocking provider's step returns its stage.
 */
final class ProviderWriter {
  private final ParamBinder binder;
  private final DependencyState state;

  ProviderWriter(ParamBinder binder, DependencyState state) {
    this.binder = binder;
    this.state = state;
  }

  MethodSpec write(Provider provider, String methodName, String ownerField) {
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("exchange", "dependencies", "errors", "value")) {
      locals.newName(reserved, reserved);
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
        .addJavadoc("Provides {@code $T}: {@link $T#$L}\n", provider.provided(), provider.owner(),
            provider.source().substring(provider.source().indexOf('#') + 1))
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addException(Exception.class)
        .addParameter(Names.EXCHANGE, "exchange")
        .addStatement("$T dependencies = $L", state.type(), state.of("exchange"));
    String failed = state.failedFlag(provider.provided());
    List<TypeName> needs = provider.needs();
    if (!needs.isEmpty()) {
      CodeBlock anyFailed = CodeBlock.join(needs.stream()
          .map(need -> CodeBlock.of("dependencies.$N", state.failedFlag(need))).toList(), " || ");
      method.beginControlFlow("if ($L)", anyFailed)
          .addCode("// a provider it needs was skipped: so is this one, whose errors are already kept\n")
          .addStatement("dependencies.$N = true", failed)
          .addStatement("return null")
          .endControlFlow();
    }
    List<String> arguments = new ArrayList<>();
    for (Param param : provider.params()) {
      arguments.add(locals.newName(param.javaName(), param));
    }
    boolean validated = provider.params().stream().anyMatch(ParamBinder::validated);
    if (validated) {
      method.addStatement("int errors = exchange.errorCount()");
    }
    binder.bind(method, provider.params(), locals, "exchange", null, null, "dependencies");
    if (validated) {
      method.beginControlFlow("if (exchange.errorCount() > errors)")
          .addCode("// its inputs are invalid: skipped, as FastAPI does, its errors going out with the route's\n")
          .addStatement("dependencies.$N = true", failed)
          .addStatement("return null")
          .endControlFlow();
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)",
        provider.isStatic() ? CodeBlock.of("$T", provider.owner()) : CodeBlock.of("this.$N", ownerField),
        provider.methodName(), String.join(", ", arguments));
    String field = state.field(provider.provided());
    CodeBlock kept = provider.scoped()
        ? CodeBlock.of("exchange.scope(value, $L)", provider.mode() == Mode.BLOCKING) : CodeBlock.of("value");
    if (provider.future()) {
      return method.addStatement("return $L.thenAccept(value -> dependencies.$N = $L)", call, field, kept).build();
    }
    if (provider.scoped()) {
      method.addStatement("$T<$T> value = $L", Names.SCOPED, provider.provided(), call);
    } else {
      method.addStatement("$T value = $L", provider.provided(), call);
    }
    return method.addStatement("dependencies.$N = $L", field, kept).addStatement("return null").build();
  }
}
