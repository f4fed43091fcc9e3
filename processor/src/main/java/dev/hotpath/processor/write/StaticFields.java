package dev.hotpath.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hotpath.processor.Names;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The constants a generated class needs, each made once: an enum's converter, a compiled
 * {@code @Pattern}. Fields are added to the class the first time they are asked for, package-private
 * so the router and the codec class of one API can share them.
 */
final class StaticFields {
  private final TypeSpec.Builder type;
  private final NameAllocator names;
  private final Map<String, String> fields = new LinkedHashMap<>();

  StaticFields(TypeSpec.Builder type, NameAllocator names) {
    this.type = type;
    this.names = names;
  }

  /** {@code Converters.enumeration(E.values())}, once per enum. */
  String enumConverter(ClassName enumType) {
    return fields.computeIfAbsent("enum:" + enumType.canonicalName(), key -> {
      String name = names.newName(upperSnake(String.join("_", enumType.simpleNames())) + "_CONVERTER");
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(Names.CONVERTER, enumType), name,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.enumeration($T.values())", Names.CONVERTERS, enumType)
          .build());
      return name;
    });
  }

  /** {@code JsonOutput.names(E.values())}: the constants' names as JSON, once per enum. */
  String enumNames(ClassName enumType) {
    return fields.computeIfAbsent("enumNames:" + enumType.canonicalName(), key -> {
      String name = names.newName(upperSnake(String.join("_", enumType.simpleNames())) + "_NAMES");
      type.addField(FieldSpec.builder(ArrayTypeName.of(SERIALIZED_STRING), name, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.names($T.values())", Names.JSON_OUTPUT, enumType)
          .build());
      return name;
    });
  }

  /** A field name, encoded once (jackson-core then copies its bytes instead of encoding the text). */
  String fieldName(String jsonName) {
    return fields.computeIfAbsent("name:" + jsonName, key -> {
      String name = names.newName("NAME_" + upperSnake(jsonName.replaceAll("\\W", "_")));
      type.addField(FieldSpec.builder(SERIALIZED_STRING, name, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($L)", SERIALIZED_STRING, JavaLiteral.of(jsonName))
          .build());
      return name;
    });
  }

  /**
   * Raw JSON text a writer copies as it is (structure and a quoted name: {@code ,"name":}), encoded
   * once; {@code hint} names the field.
   */
  String fragment(String text, String hint) {
    return fields.computeIfAbsent("raw:" + text, key -> {
      String name = names.newName(upperSnake(hint.replaceAll("\\W", "_")));
      type.addField(FieldSpec.builder(SERIALIZED_STRING, name, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($L)", SERIALIZED_STRING, JavaLiteral.of(text))
          .build());
      return name;
    });
  }

  /**
   * An object's field names in declaration order, which a reader expects them in: a document that
   * follows it has each name matched as bytes.
   */
  String fieldNames(String codec, List<String> jsonNames) {
    List<CodeBlock> elements = jsonNames.stream() // before computeIfAbsent, which must not nest
        .map(jsonName -> CodeBlock.of("$N", fieldName(jsonName))).toList();
    return fields.computeIfAbsent("names:" + codec, key -> {
      String name = names.newName("FIELDS_" + upperSnake(codec.replaceAll("\\W", "_")));
      type.addField(FieldSpec.builder(ArrayTypeName.of(SERIALIZED_STRING), name, Modifier.STATIC, Modifier.FINAL)
          .initializer("{$L}", CodeBlock.join(elements, ", "))
          .build());
      return name;
    });
  }

  private static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  /** A constraint's bound as a {@code BigDecimal}, once per distinct value. */
  String decimal(BigDecimal value) {
    return fields.computeIfAbsent("decimal:" + value.toPlainString(), key -> {
      String name = names.newName("BOUND_" + value.toPlainString().replace('-', 'M').replace('.', '_'));
      type.addField(FieldSpec.builder(BigDecimal.class, name, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", BigDecimal.class, value.toPlainString())
          .build());
      return name;
    });
  }

  /** A compiled regular expression, once per distinct expression. */
  String pattern(String regexp) {
    return fields.computeIfAbsent("pattern:" + regexp, key -> {
      String name = names.newName("PATTERN_" + (fields.size() + 1));
      type.addField(FieldSpec.builder(Pattern.class, name, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($L)", Pattern.class, JavaLiteral.of(regexp))
          .build());
      return name;
    });
  }

  private static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
