package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** A type as the JSON codecs see it. Objects are referenced by codec name, so types can recurse. */
public sealed interface JsonType {
  /** The Java type, boxed, as generated code declares it. */
  TypeName javaType();

  /** A scalar (never {@link Scalar#ENUM}): numbers, booleans, text, UUIDs, java.time values. */
  record ScalarType(TypeName javaType, Scalar scalar) implements JsonType {}

  /** {@code byte[]}, as base64 text. */
  record BytesType(TypeName javaType) implements JsonType {}

  /** An enum, with its constants' names in order. */
  record EnumType(ClassName javaType, List<String> constants) implements JsonType {
    public EnumType {
      constants = List.copyOf(constants);
    }
  }

  /** A record or class with a generated codec named {@code codec}. */
  record ObjectType(TypeName javaType, String codec) implements JsonType {}

  /** {@code List}, {@code Set} or {@code Collection}. */
  record CollectionType(TypeName javaType, boolean set, JsonType element) implements JsonType {}

  /** An array of a primitive other than {@code byte} and {@code char}: {@code int[]}, {@code double[]}, ... */
  record PrimitiveArrayType(TypeName javaType, Scalar scalar) implements JsonType {}

  /** An array of a reference type. */
  record ArrayType(TypeName javaType, JsonType element) implements JsonType {}

  /** {@code Map} with text, enum or scalar keys. */
  record MapType(TypeName javaType, JsonType key, JsonType value) implements JsonType {}

  record OptionalType(TypeName javaType, JsonType element) implements JsonType {}

  /** {@code Object}: written by run-time type, read as plain maps, lists and scalars. */
  record AnyType(TypeName javaType) implements JsonType {}
}
