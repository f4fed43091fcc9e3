package dev.hotpath.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.hotpath.processor.Names;
import dev.hotpath.processor.model.JsonType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import javax.lang.model.element.Modifier;

/**
 * The codec class's methods for container types (collections, arrays, maps, optionals): one writer
 * and one reader per distinct type, made the first time the type is met. Each loops with direct
 * calls to its elements' codecs, so every call site stays monomorphic; one shared loop taking a
 * lambda would see every element type of the API and inline none of them.
 */
final class ContainerCodecs {
  private static final ClassName LIST = ClassName.get("java.util", "List");

  private final TypeSpec.Builder type;
  private final NameAllocator names;
  private final JsonCode code;
  private final Map<JsonType, String> writers = new HashMap<>();
  private final Map<JsonType, String> readers = new HashMap<>();

  ContainerCodecs(TypeSpec.Builder type, NameAllocator names, JsonCode code) {
    this.type = type;
    this.names = names;
    this.code = code;
  }

  /** The name of the method writing {@code container}, made on first use. */
  String writer(JsonType container) {
    String name = writers.get(container);
    if (name == null) {
      name = names.newName("write" + shape(container));
      writers.put(container, name); // before the body: its elements may ask for writers of their own
      type.addMethod(writeMethod(name, container));
    }
    return name;
  }

  /** The name of the method reading {@code container}, made on first use. */
  String reader(JsonType container) {
    String name = readers.get(container);
    if (name == null) {
      name = names.newName("read" + shape(container));
      readers.put(container, name);
      type.addMethod(readMethod(name, container));
    }
    return name;
  }

  private MethodSpec writeMethod(String name, JsonType container) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addParameter(Names.JSON_GENERATOR, "json")
        .addParameter(container.javaType(), "values")
        .addException(IOException.class)
        .beginControlFlow("if (values == null)")
        .addStatement("json.writeNull()")
        .addStatement("return")
        .endControlFlow();
    if (container instanceof JsonType.OptionalType optional) {
      return method.addJavadoc("Writes an {@code Optional}: empty is null.\n")
          .beginControlFlow("if (values.isEmpty())")
          .addStatement("json.writeNull()")
          .nextControlFlow("else")
          .addStatement("$L", code.write(optional.element(), "json", CodeBlock.of("values.get()")))
          .endControlFlow()
          .build();
    }
    if (container instanceof JsonType.MapType map) {
      TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
          WildcardTypeName.subtypeOf(map.key().javaType()), WildcardTypeName.subtypeOf(map.value().javaType()));
      return method.addJavadoc("Writes a map as an object, its keys as text.\n")
          .addStatement("json.writeRaw('{')")
          .addStatement("boolean more = false")
          .beginControlFlow("for ($T entry : values.entrySet())", entry)
          .addStatement("$T.writeKey(json, more, entry.getKey())", Names.JSON_OUTPUT)
          .addStatement("more = true")
          .addStatement("$L", code.write(map.value(), "json", CodeBlock.of("entry.getValue()")))
          .endControlFlow()
          .addStatement("json.writeRaw('}')")
          .build();
    }
    JsonType element = container instanceof JsonType.ArrayType array ? array.element()
        : ((JsonType.CollectionType) container).element();
    method.addJavadoc("Writes the elements as an array.\n").addStatement("json.writeRaw('[')");
    CodeBlock write = code.write(element, "json", CodeBlock.of("element"));
    if (isList(container)) {
      method.beginControlFlow("if (values instanceof $T)", RandomAccess.class)
          .beginControlFlow("for (int i = 0, size = values.size(); i < size; i++)") // no iterator to allocate
          .beginControlFlow("if (i > 0)").addStatement("json.writeRaw(',')").endControlFlow()
          .addStatement("$T element = values.get(i)", element.javaType())
          .addStatement("$L", write)
          .endControlFlow()
          .nextControlFlow("else");
    }
    method.addStatement("boolean more = false")
        .beginControlFlow("for ($T element : values)", element.javaType())
        .beginControlFlow("if (more)").addStatement("json.writeRaw(',')").endControlFlow()
        .addStatement("more = true")
        .addStatement("$L", write)
        .endControlFlow();
    if (isList(container)) {
      method.endControlFlow();
    }
    return method.addStatement("json.writeRaw(']')").build();
  }

  private MethodSpec readMethod(String name, JsonType container) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(container.javaType())
        .addParameter(Names.JSON_INPUT, "in")
        .addException(IOException.class);
    if (container instanceof JsonType.OptionalType optional) {
      return method.addJavadoc("Reads an {@code Optional}: null is empty.\n")
          .addStatement("return $T.ofNullable(in.isNull() ? null : $L)", Optional.class,
              code.read(optional.element(), "in"))
          .build();
    }
    if (container instanceof JsonType.MapType map) {
      boolean textKeys = map.key() instanceof JsonType.ScalarType scalar
          && scalar.scalar() == dev.hotpath.processor.model.Scalar.STRING;
      method.addJavadoc("Reads an object as a map; a value that fails is null, a key that fails is left out, each with its error recorded.\n")
          .beginControlFlow("if (!in.startMap())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T values = new $T<>()", container.javaType(), LinkedHashMap.class)
          .addStatement("String name")
          .beginControlFlow("while ((name = in.nextField()) != null)");
      if (textKeys) {
        method.addStatement("values.put(name, $L)", code.read(map.value(), "in"));
      } else {
        method.addStatement("$T key = in.key(name, $L)", map.key().javaType(), code.converter(map.key()))
            .addStatement("$T value = $L", map.value().javaType(), code.read(map.value(), "in"))
            .beginControlFlow("if (key != null)")
            .addStatement("values.put(key, value)")
            .endControlFlow();
      }
      return method.endControlFlow().addStatement("return values").build();
    }
    JsonType element = container instanceof JsonType.ArrayType array ? array.element()
        : ((JsonType.CollectionType) container).element();
    boolean set = container instanceof JsonType.CollectionType collection && collection.set();
    ClassName implementation = ClassName.get(set ? LinkedHashSet.class : ArrayList.class);
    TypeName collected = ParameterizedTypeName.get(implementation, element.javaType());
    method.addJavadoc("Reads an array's elements; an element that fails is null and its error recorded.\n")
        .beginControlFlow("if (!in.startArray())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T values = new $T<>()", collected, implementation)
        .beginControlFlow("while (in.nextElement())")
        .addStatement("values.add($L)", code.read(element, "in"))
        .endControlFlow();
    if (container instanceof JsonType.ArrayType) {
      return method.addStatement("return values.toArray(new $T[0])", element.javaType()).build();
    }
    return method.addStatement("return values").build();
  }

  private static boolean isList(JsonType container) {
    return container.javaType() instanceof ParameterizedTypeName parameterized && parameterized.rawType().equals(LIST);
  }

  /** A readable method-name part for a type: {@code ListOfString}, {@code MapOfItem}. */
  private static String shape(JsonType type) {
    if (type instanceof JsonType.CollectionType collection) {
      return ((ParameterizedTypeName) collection.javaType()).rawType().simpleName() + "Of" + shape(collection.element());
    }
    if (type instanceof JsonType.ArrayType array) {
      return "ArrayOf" + shape(array.element());
    }
    if (type instanceof JsonType.MapType map) {
      return "MapOf" + shape(map.value());
    }
    if (type instanceof JsonType.OptionalType optional) {
      return "OptionalOf" + shape(optional.element());
    }
    if (type instanceof JsonType.ObjectType object) {
      return object.codec();
    }
    TypeName name = type.javaType();
    if (name instanceof ParameterizedTypeName parameterized) {
      name = parameterized.rawType();
    }
    return name instanceof ClassName className ? className.simpleName()
        : name.toString().replaceAll("\\W", "");
  }
}
