package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.JsonType;
import dev.hotpath.processor.model.Scalar;

/**
 * The expressions generated code uses to read and write one {@link JsonType}: a direct call for a
 * value at hand, or a reader/writer (a method reference, or a lambda for a scalar) to hand to the
 * runtime. Containers are read and written by methods of their own ({@link ContainerCodecs}).
 */
final class JsonCode {
  private final ClassName codecs;
  private final StaticFields fields;
  private final ContainerCodecs containers;

  /**
   * @param codecs the API's {@code <Api>Json} class, holding the object codecs
   * @param type that class, which container codecs are added to as they are met
   * @param names the names used in that class
   */
  JsonCode(ClassName codecs, StaticFields fields, TypeSpec.Builder type, NameAllocator names) {
    this.codecs = codecs;
    this.fields = fields;
    this.containers = new ContainerCodecs(type, names, this);
  }

  private static boolean isContainer(JsonType type) {
    return type instanceof JsonType.CollectionType || type instanceof JsonType.ArrayType
        || type instanceof JsonType.MapType || type instanceof JsonType.OptionalType;
  }

  ClassName codecs() {
    return codecs;
  }

  /** A statement writing {@code value} of {@code type} with generator {@code json}. */
  CodeBlock write(JsonType type, String json, CodeBlock value) {
    if (type instanceof JsonType.ObjectType object) {
      return CodeBlock.of("$T.write$L($N, $L)", codecs, object.codec(), json, value);
    }
    if (type instanceof JsonType.AnyType) {
      return CodeBlock.of("$T.writeAny($N, $L)", codecs, json, value);
    }
    if (isContainer(type)) {
      return CodeBlock.of("$T.$N($N, $L)", codecs, containers.writer(type), json, value);
    }
    if (type instanceof JsonType.PrimitiveArrayType array) {
      return CodeBlock.of("$T.write$Ls($N, $L)", Names.JSON_OUTPUT, primitiveName(array), json, value);
    }
    if (type instanceof JsonType.EnumType enumType) { // its names encoded once: the bytes are copied
      return CodeBlock.of("$T.writeEnum($N, $L, $T.$N)", Names.JSON_OUTPUT, json, value, codecs,
          fields.enumNames(enumType.javaType()));
    }
    return CodeBlock.of("$T.$L($N, $L)", Names.JSON_OUTPUT, scalarWriter(type), json, value);
  }

  /** A {@code JsonOutput.Writer} for {@code type}. */
  CodeBlock writer(JsonType type) {
    if (type instanceof JsonType.ObjectType object) {
      return CodeBlock.of("$T::write$L", codecs, object.codec());
    }
    if (type instanceof JsonType.AnyType) {
      return CodeBlock.of("$T::writeAny", codecs);
    }
    if (type instanceof JsonType.ScalarType || type instanceof JsonType.BytesType || type instanceof JsonType.EnumType) {
      return CodeBlock.of("$T::$L", Names.JSON_OUTPUT, scalarWriter(type));
    }
    if (type instanceof JsonType.PrimitiveArrayType array) {
      return CodeBlock.of("$T::write$Ls", Names.JSON_OUTPUT, primitiveName(array));
    }
    return CodeBlock.of("$T::$N", codecs, containers.writer(type));
  }

  private static String scalarWriter(JsonType type) {
    if (type instanceof JsonType.BytesType) {
      return "writeBytes";
    }
    if (type instanceof JsonType.EnumType) {
      return "writeText";
    }
    return switch (((JsonType.ScalarType) type).scalar()) {
      case STRING -> "writeString";
      case BOOLEAN -> "writeBoolean";
      case INT, LONG, SHORT, BYTE -> "writeInteger";
      case DOUBLE, FLOAT -> "writeFloating";
      case BIG_DECIMAL -> "writeDecimal";
      case BIG_INTEGER -> "writeBigInteger";
      case INSTANT -> "writeInstant";
      case UUID -> "writeUuid";
      default -> "writeText";
    };
  }

  /** An expression reading the current value of {@code type} from input {@code in}. */
  CodeBlock read(JsonType type, String in) {
    if (type instanceof JsonType.ObjectType object) {
      return CodeBlock.of("$T.read$L($N)", codecs, object.codec(), in);
    }
    if (type instanceof JsonType.AnyType) {
      return CodeBlock.of("$N.readAny()", in);
    }
    if (isContainer(type)) {
      return CodeBlock.of("$T.$N($N)", codecs, containers.reader(type), in);
    }
    if (type instanceof JsonType.BytesType) {
      return CodeBlock.of("$N.readBytes()", in);
    }
    if (type instanceof JsonType.PrimitiveArrayType array) {
      return CodeBlock.of("$T.read$LArray($N)", Names.PRIMITIVE_ARRAYS, primitiveName(array), in);
    }
    if (type instanceof JsonType.EnumType) {
      return CodeBlock.of("$N.readText($L)", in, converter(type));
    }
    Scalar scalar = ((JsonType.ScalarType) type).scalar();
    return switch (scalar) {
      case STRING -> CodeBlock.of("$N.readString()", in);
      case BOOLEAN -> CodeBlock.of("$N.readBoolean()", in);
      case INT -> CodeBlock.of("$N.readInt()", in);
      case LONG -> CodeBlock.of("$N.readLong()", in);
      case SHORT -> CodeBlock.of("$N.readShort()", in);
      case BYTE -> CodeBlock.of("$N.readByte()", in);
      case DOUBLE -> CodeBlock.of("$N.readDouble()", in);
      case FLOAT -> CodeBlock.of("$N.readFloat()", in);
      case BIG_DECIMAL -> CodeBlock.of("$N.readDecimal()", in);
      case BIG_INTEGER -> CodeBlock.of("$N.readBigInteger()", in);
      default -> CodeBlock.of("$N.readText($L)", in, converter(type));
    };
  }

  /** A {@code JsonInput.Reader} for {@code type}. */
  CodeBlock reader(JsonType type) {
    if (type instanceof JsonType.ObjectType object) {
      return CodeBlock.of("$T::read$L", codecs, object.codec());
    }
    if (isContainer(type)) {
      return CodeBlock.of("$T::$N", codecs, containers.reader(type));
    }
    return CodeBlock.of("in1 -> $L", read(type, "in1"));
  }

  /** {@code Int}, {@code Double}, ...: how the runtime's array helpers are named. */
  private static String primitiveName(JsonType.PrimitiveArrayType array) {
    return switch (array.scalar()) {
      case INT -> "Int";
      case LONG -> "Long";
      case SHORT -> "Short";
      case DOUBLE -> "Double";
      case FLOAT -> "Float";
      case BOOLEAN -> "Boolean";
      default -> throw new IllegalArgumentException("No array helper for " + array);
    };
  }

  /** The converter of a text-shaped scalar, enum or map key. */
  CodeBlock converter(JsonType type) {
    if (type instanceof JsonType.EnumType enumType) {
      return CodeBlock.of("$T.$N", codecs, fields.enumConverter(enumType.javaType()));
    }
    return CodeBlock.of("$T.$L", Names.CONVERTERS, ((JsonType.ScalarType) type).scalar().converter());
  }
}
