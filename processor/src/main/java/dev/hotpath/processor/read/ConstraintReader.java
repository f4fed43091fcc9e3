package dev.hotpath.processor.read;

import dev.hotpath.processor.model.Constraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads Jakarta Bean Validation annotations, by name, into {@link Constraint}s. */
public final class ConstraintReader {
  private static final String PACKAGE = "jakarta.validation.constraints.";
  private static final List<String> SUPPORTED = List.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max",
      "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "DecimalMin", "DecimalMax", "Pattern", "Email");

  /** What a constraint applies to. */
  public enum Target {
    TEXT, COLLECTION, NUMBER, OTHER;

    /** What a scalar value is, for its constraints. */
    public static Target of(dev.hotpath.processor.model.Scalar scalar) {
      return switch (scalar) {
        case STRING -> TEXT;
        case INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> NUMBER;
        default -> OTHER;
      };
    }
  }

  private final Elements elements;

  public ConstraintReader(Elements elements) {
    this.elements = elements;
  }

  /** Whether {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} is present: the value may not be null. */
  public static boolean forbidsNull(Collection<? extends AnnotationMirror> mirrors) {
    return mirrors.stream().map(ConstraintReader::simpleName)
        .anyMatch(name -> name.equals("NotNull") || name.equals("NotBlank") || name.equals("NotEmpty"));
  }

  /** The constraints among {@code mirrors}; one that cannot apply to {@code target} goes to {@code problems}. */
  public List<Constraint> read(Collection<? extends AnnotationMirror> mirrors, Target target, Consumer<String> problems) {
    List<Constraint> constraints = new ArrayList<>();
    for (AnnotationMirror mirror : distinct(mirrors)) {
      String name = simpleName(mirror);
      if (!isJakarta(mirror) || name.equals("NotNull") || name.equals("Valid")) {
        continue; // @NotNull makes the value non-null (forbidsNull); nested types are always validated
      }
      if (!SUPPORTED.contains(name)) {
        problems.accept("@" + name + " is not supported; supported are " + String.join(", ", SUPPORTED));
        continue;
      }
      Constraint constraint = switch (name) {
        case "NotBlank" -> target == Target.TEXT ? Constraint.notBlank() : null;
        case "NotEmpty" -> target == Target.TEXT ? Constraint.length(1, -1)
            : target == Target.COLLECTION ? Constraint.size(1, -1) : null;
        case "Size" -> sized(target, integer(mirror, "min"), integer(mirror, "max"));
        case "Min" -> number(target, Constraint.bound("ge", BigDecimal.valueOf(longValue(mirror)), true));
        case "Max" -> number(target, Constraint.bound("le", BigDecimal.valueOf(longValue(mirror)), true));
        case "Positive" -> number(target, Constraint.bound("gt", BigDecimal.ZERO, true));
        case "PositiveOrZero" -> number(target, Constraint.bound("ge", BigDecimal.ZERO, true));
        case "Negative" -> number(target, Constraint.bound("lt", BigDecimal.ZERO, true));
        case "NegativeOrZero" -> number(target, Constraint.bound("le", BigDecimal.ZERO, true));
        case "DecimalMin" -> decimal(mirror, target, "ge", "gt", problems);
        case "DecimalMax" -> decimal(mirror, target, "le", "lt", problems);
        case "Pattern" -> pattern(mirror, target, problems);
        default -> target == Target.TEXT ? Constraint.email() : null; // Email
      };
      if (constraint == null) {
        problems.accept("@" + name + " cannot apply to " + describe(target));
      } else {
        constraints.add(constraint);
      }
    }
    return constraints;
  }

  private static Constraint sized(Target target, int min, int max) {
    int upper = max == Integer.MAX_VALUE ? -1 : max;
    return target == Target.TEXT ? Constraint.length(min, upper)
        : target == Target.COLLECTION ? Constraint.size(min, upper) : null;
  }

  private static Constraint number(Target target, Constraint constraint) {
    return target == Target.NUMBER ? constraint : null;
  }

  private Constraint decimal(AnnotationMirror mirror, Target target, String inclusive, String exclusive,
      Consumer<String> problems) {
    if (target != Target.NUMBER) {
      return null;
    }
    String text = (String) value(mirror, "value").getValue();
    boolean isInclusive = (Boolean) value(mirror, "inclusive").getValue();
    try {
      BigDecimal limit = new BigDecimal(text);
      return Constraint.bound(isInclusive ? inclusive : exclusive, limit, limit.scale() <= 0);
    } catch (NumberFormatException e) {
      problems.accept("@" + simpleName(mirror) + "(\"" + text + "\") is not a number");
      return Constraint.bound(inclusive, BigDecimal.ZERO, true);
    }
  }

  private Constraint pattern(AnnotationMirror mirror, Target target, Consumer<String> problems) {
    if (target != Target.TEXT) {
      return null;
    }
    String regexp = (String) value(mirror, "regexp").getValue();
    try {
      Pattern.compile(regexp);
    } catch (PatternSyntaxException e) {
      problems.accept("@Pattern(\"" + regexp + "\") is not a valid regular expression: " + e.getDescription());
    }
    return Constraint.pattern(regexp);
  }

  private int integer(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  private long longValue(AnnotationMirror mirror) {
    return ((Number) value(mirror, "value").getValue()).longValue();
  }

  private AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** One mirror per annotation type: a record component's constraint reaches us on its field and its type. */
  private static Collection<AnnotationMirror> distinct(Collection<? extends AnnotationMirror> mirrors) {
    Map<String, AnnotationMirror> byType = new LinkedHashMap<>();
    for (AnnotationMirror mirror : mirrors) {
      byType.putIfAbsent(qualifiedName(mirror), mirror);
    }
    return byType.values();
  }

  /** A Jakarta constraint ({@code jakarta.validation.constraints.*}) or {@code @Valid}. */
  static boolean isConstraint(AnnotationMirror mirror) {
    return isJakarta(mirror) || qualifiedName(mirror).equals("jakarta.validation.Valid");
  }

  private static boolean isJakarta(AnnotationMirror mirror) {
    return qualifiedName(mirror).startsWith(PACKAGE);
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  private static String describe(Target target) {
    return switch (target) {
      case TEXT -> "text";
      case COLLECTION -> "a collection";
      case NUMBER -> "a number";
      case OTHER -> "this type";
    };
  }
}
