package dev.hotpath.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Result;
import dev.hotpath.processor.model.Scalar;
import dev.hotpath.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Classifies parameter and return types into the model's terms. */
public final class TypeReader {
  private TypeReader() {}

  /** A scalar, or Optional/List/Set of one; null when the type is none of these. */
  public static ValueType valueType(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      Scalar scalar = switch (type.getKind()) {
        case INT -> Scalar.INT;
        case LONG -> Scalar.LONG;
        case SHORT -> Scalar.SHORT;
        case BYTE -> Scalar.BYTE;
        case DOUBLE -> Scalar.DOUBLE;
        case FLOAT -> Scalar.FLOAT;
        case BOOLEAN -> Scalar.BOOLEAN;
        default -> null; // char: no pydantic equivalent
      };
      return scalar == null ? null : new ValueType(TypeName.get(type).box(), scalar, null, List.of(), ValueType.Container.NONE, true);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = qualifiedName(declared);
    ValueType.Container container = switch (name) {
      case Names.OPTIONAL -> ValueType.Container.OPTIONAL;
      case Names.LIST -> ValueType.Container.LIST;
      case Names.SET -> ValueType.Container.SET;
      default -> ValueType.Container.NONE;
    };
    if (container == ValueType.Container.NONE) {
      return scalar(declared, type, container);
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return null;
    }
    return scalar((DeclaredType) arguments.get(0), type, container);
  }

  /**
   * A {@code @Form} parameter's type: a value type, or a file part as {@code FileUpload},
   * {@code Optional<FileUpload>}, {@code List<FileUpload>} or {@code byte[]}; null otherwise.
   */
  public static ValueType formType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return new ValueType(TypeName.get(type), Scalar.BYTES, null, List.of(), ValueType.Container.NONE, false);
    }
    if (is(type, Names.FILE_UPLOAD)) {
      return new ValueType(TypeName.get(type), Scalar.FILE, null, List.of(), ValueType.Container.NONE, false);
    }
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().size() == 1
        && is(((DeclaredType) type).getTypeArguments().get(0), Names.FILE_UPLOAD)) {
      ValueType.Container container = switch (qualifiedName((DeclaredType) type)) {
        case Names.OPTIONAL -> ValueType.Container.OPTIONAL;
        case Names.LIST -> ValueType.Container.LIST;
        default -> null; // a Set of uploads has no meaningful equality
      };
      return container == null ? null
          : new ValueType(TypeName.get(type), Scalar.FILE, null, List.of(), container, false);
    }
    return valueType(type);
  }

  private static ValueType scalar(DeclaredType element, TypeMirror declared, ValueType.Container container) {
    TypeElement typeElement = (TypeElement) element.asElement();
    if (typeElement.getKind() == ElementKind.ENUM) {
      List<String> constants = typeElement.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(e -> e.getSimpleName().toString())
          .toList();
      return new ValueType(TypeName.get(declared), Scalar.ENUM, ClassName.get(typeElement), constants, container, false);
    }
    Scalar scalar = Scalar.forClassName(typeElement.getQualifiedName().toString());
    return scalar == null ? null : new ValueType(TypeName.get(declared), scalar, null, List.of(), container, false);
  }

  /** Whether the type is {@code dev.hotpath.Request}. */
  public static boolean isRequest(TypeMirror type) {
    return is(type, Names.REQUEST);
  }

  /** Whether the type is {@code dev.hotpath.BackgroundTasks}. */
  public static boolean isBackgroundTasks(TypeMirror type) {
    return is(type, Names.BACKGROUND_TASKS);
  }

  static boolean is(TypeMirror type, com.palantir.javapoet.ClassName name) {
    return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals(name.canonicalName());
  }

  /** Thrown with the reason a return type is unsupported. */
  public static final class UnsupportedResult extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedResult(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Reads a JSON type, or returns null after reporting why it cannot be JSON. */
  @FunctionalInterface
  public interface JsonReading {
    JsonType read(TypeMirror type);
  }

  /** The result; null when {@code json} reported the type. */
  public static Result result(TypeMirror type, JsonReading json) throws UnsupportedResult {
    if (type.getKind() == TypeKind.DECLARED && isFuture((DeclaredType) type)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.isEmpty()) {
        throw new UnsupportedResult("give the future a type argument, such as CompletionStage<String>");
      }
      TypeMirror inner = arguments.get(0);
      if (inner.getKind() == TypeKind.WILDCARD) {
        throw new UnsupportedResult("a future of a wildcard has no known body type; name the type");
      }
      if (inner.getKind() == TypeKind.DECLARED && isFuture((DeclaredType) inner)) {
        throw new UnsupportedResult("a future of a future; compose the stages and return one");
      }
      return plain(inner, true, json);
    }
    return plain(type, false, json);
  }

  private static Result plain(TypeMirror type, boolean future, JsonReading json) throws UnsupportedResult {
    if (type.getKind() == TypeKind.DECLARED && isStreamed((DeclaredType) type)) {
      return streamed((DeclaredType) type, future, json);
    }
    Result.Kind simple = simple(type);
    if (simple != null) {
      return new Result(simple, future, null);
    }
    if (type.getKind() == TypeKind.DECLARED
        && qualifiedName((DeclaredType) type).equals(Names.RESPONSE.canonicalName())) {
      return response((DeclaredType) type, future, json);
    }
    JsonType read = json.read(type);
    return read == null ? null : new Result(Result.Kind.JSON, future, read);
  }

  /** {@code String}, {@code byte[]}, {@code void} and {@code Void}; null for anything else. */
  private static Result.Kind simple(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return Result.Kind.NONE;
    }
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Result.Kind.BYTES;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      String name = qualifiedName((DeclaredType) type);
      if (name.equals("java.lang.String")) {
        return Result.Kind.TEXT;
      }
      if (name.equals("java.lang.Void")) {
        return Result.Kind.NONE;
      }
    }
    return null;
  }

  /** {@code Response<T>}: text, bytes or no body as they are; {@code Response<?>} by run-time type; else JSON. */
  private static Result response(DeclaredType response, boolean future, JsonReading json) throws UnsupportedResult {
    if (response.getTypeArguments().isEmpty()) {
      throw new UnsupportedResult("give Response a type argument, such as Response<String>");
    }
    TypeMirror body = response.getTypeArguments().get(0);
    if (body.getKind() == TypeKind.WILDCARD) {
      if (((WildcardType) body).getExtendsBound() != null || ((WildcardType) body).getSuperBound() != null) {
        throw new UnsupportedResult("use Response<?> or a concrete body type");
      }
      return new Result(Result.Kind.RESPONSE, future, new JsonType.AnyType(ClassName.OBJECT));
    }
    if (simple(body) != null) {
      return new Result(Result.Kind.RESPONSE, future, null);
    }
    if (body.getKind() == TypeKind.DECLARED && isStreamed((DeclaredType) body)) {
      Result streamed = streamed((DeclaredType) body, future, json); // headers of the route's, a streamed body
      return streamed == null ? null : new Result(Result.Kind.RESPONSE, future, streamed.json(), streamed.stream());
    }
    JsonType read = json.read(body);
    return read == null ? null : new Result(Result.Kind.RESPONSE, future, read);
  }

  private static boolean isStreamed(DeclaredType type) {
    String name = qualifiedName(type);
    return name.equals(Names.PUBLISHER) || name.equals(Names.STREAM);
  }

  /** A publisher or stream, its elements written by the documented rule (see {@code Result.Elements}). */
  private static Result streamed(DeclaredType type, boolean future, JsonReading json) throws UnsupportedResult {
    boolean publisher = qualifiedName(type).equals(Names.PUBLISHER);
    String what = publisher ? "Flow.Publisher" : "Stream";
    if (type.getTypeArguments().size() != 1 || type.getTypeArguments().get(0).getKind() == TypeKind.WILDCARD) {
      throw new UnsupportedResult("give " + what + " its element type, such as " + what + "<Item>");
    }
    TypeMirror element = type.getTypeArguments().get(0);
    Result.Kind simple = simple(element);
    if (simple == Result.Kind.TEXT || simple == Result.Kind.BYTES) {
      return new Result(Result.Kind.STREAM, future, null, new Result.Streamed(publisher,
          simple == Result.Kind.TEXT ? Result.Elements.TEXT : Result.Elements.BYTES));
    }
    if (simple == Result.Kind.NONE || (element.getKind() == TypeKind.DECLARED && isStreamed((DeclaredType) element))
        || (element.getKind() == TypeKind.DECLARED && isFuture((DeclaredType) element))
        || is(element, Names.RESPONSE)) {
      throw new UnsupportedResult("a " + what + " of " + element + " cannot be written; stream values, text, bytes "
          + "or ServerSentEvent<T>");
    }
    if (is(element, Names.SERVER_SENT_EVENT)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) element).getTypeArguments();
      if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
        throw new UnsupportedResult("give ServerSentEvent its data type, such as ServerSentEvent<Item>");
      }
      JsonType data = json.read(arguments.get(0));
      return data == null ? null : new Result(Result.Kind.STREAM, future, data,
          new Result.Streamed(publisher, Result.Elements.EVENTS));
    }
    JsonType read = json.read(element);
    return read == null ? null : new Result(Result.Kind.STREAM, future, read,
        new Result.Streamed(publisher, Result.Elements.JSON_LINES));
  }

  private static boolean isFuture(DeclaredType type) {
    String name = qualifiedName(type);
    return name.equals(Names.COMPLETION_STAGE) || name.equals(Names.COMPLETABLE_FUTURE);
  }

  static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
