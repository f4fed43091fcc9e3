package dev.hotpath.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.Constraint;

/** The {@code Validate} call checking one constraint on a value, for codecs and binders alike. */
final class ConstraintCode {
  private ConstraintCode() {}

  static CodeBlock check(Constraint constraint, CodeBlock value, StaticFields fields) {
    return switch (constraint.kind()) {
      case LENGTH -> CodeBlock.of("$T.length($L, $L, $L)", Names.VALIDATE, value, constraint.min(), constraint.max());
      case NOT_BLANK -> CodeBlock.of("$T.notBlank($L)", Names.VALIDATE, value);
      case SIZE -> CodeBlock.of("$T.size($L, $L, $L)", Names.VALIDATE, value, constraint.min(), constraint.max());
      case BOUND -> {
        String limit = fields.decimal(constraint.limit());
        yield CodeBlock.of("$T.bound($L, $S, $N, $L)", Names.VALIDATE, value, constraint.op(), limit,
            constraint.integral() ? CodeBlock.of("$LL", constraint.limit().longValueExact()) : CodeBlock.of("$N", limit));
      }
      case PATTERN -> CodeBlock.of("$T.pattern($L, $N)", Names.VALIDATE, value, fields.pattern(constraint.pattern()));
      case EMAIL -> CodeBlock.of("$T.email($L)", Names.VALIDATE, value);
    };
  }
}
