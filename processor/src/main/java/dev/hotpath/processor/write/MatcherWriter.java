package dev.hotpath.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.hotpath.processor.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code match(String path)} as one small method per node of the {@link RouteTrie}: a
 * {@code switch} on the segment's hash (like javac's string switch, without the substring), then
 * the variable, then the catch-all. Many literals under one node are split into hash buckets so no
 * method nears HotSpot's 8,000-byte limit for compilation. A path that matches nothing allocates
 * nothing.
 */
final class MatcherWriter {
  /** Literal children handled in one method before they are split into buckets. */
  static final int MAX_LITERALS_PER_METHOD = 48;

  private final NameAllocator names;
  private final List<MethodSpec> methods = new ArrayList<>();

  MatcherWriter(NameAllocator names) {
    this.names = names;
  }

  /** The node methods; the root's is first. */
  List<MethodSpec> write(RouteTrie.Node root) {
    assignNames(root, "matchRoot");
    writeNode(root, "/");
    return methods;
  }

  private void assignNames(RouteTrie.Node node, String suggestion) {
    if (!node.hasChildren()) {
      return;
    }
    node.method = names.newName(suggestion);
    for (Map.Entry<String, RouteTrie.Node> literal : node.literals.entrySet()) {
      assignNames(literal.getValue(), "match_" + identifier(literal.getKey()));
    }
    if (node.variable != null) {
      assignNames(node.variable, suggestion + "_var");
    }
  }

  private void writeNode(RouteTrie.Node node, String prefix) {
    if (!node.hasChildren()) {
      return;
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(node.method)
        .addJavadoc("Matches the segment after {@code $L} that starts at {@code start}.\n", prefix)
        .addModifiers(Modifier.PRIVATE)
        .returns(Names.RESOURCE)
        .addParameter(String.class, "path")
        .addParameter(int.class, "start");
    if (!node.literals.isEmpty() || node.variable != null) {
      method.addStatement("int end = $T.segmentEnd(path, start)", Names.PATHS)
          .addStatement("boolean last = end == path.length()");
      if (needsFound(node)) {
        method.addStatement("$T found", Names.RESOURCE);
      }
    }
    if (node.literals.size() <= MAX_LITERALS_PER_METHOD) {
      method.addCode(literalSwitch(node.literals, CodeBlock.of("$T.hash(path, start, end)", Names.PATHS)));
    } else {
      method.addCode(bucketSwitch(node));
    }
    if (node.variable != null) {
      method.beginControlFlow("if (end > start)").addCode(child(node.variable)).endControlFlow();
    }
    method.addStatement("return $L", node.catchAll == null ? "null" : "this." + node.catchAll.field());
    methods.add(method.build());
    for (Map.Entry<String, RouteTrie.Node> literal : node.literals.entrySet()) {
      writeNode(literal.getValue(), join(prefix, literal.getKey()));
    }
    if (node.variable != null) {
      writeNode(node.variable, join(prefix, "{}"));
    }
  }

  /** Whether some child continues into its own children, or literals are split into buckets. */
  private static boolean needsFound(RouteTrie.Node node) {
    return node.literals.size() > MAX_LITERALS_PER_METHOD
        || node.literals.values().stream().anyMatch(RouteTrie.Node::hasChildren)
        || node.variable != null && node.variable.hasChildren();
  }

  /** {@code switch (hash) { case h: if (segment equals literal) { child } break; }} */
  private CodeBlock literalSwitch(Map<String, RouteTrie.Node> literals, CodeBlock hashExpression) {
    if (literals.isEmpty()) {
      return CodeBlock.of("");
    }
    Map<Integer, List<String>> byHash = new TreeMap<>();
    for (String literal : literals.keySet()) {
      byHash.computeIfAbsent(literal.hashCode(), hash -> new ArrayList<>()).add(literal);
    }
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", hashExpression);
    for (Map.Entry<Integer, List<String>> bucket : byHash.entrySet()) {
      code.add("case $L:\n", bucket.getKey()).indent();
      for (String literal : bucket.getValue()) {
        code.beginControlFlow("if ($T.segmentEquals(path, start, end, $L))", Names.PATHS, JavaLiteral.of(literal))
            .add(child(literals.get(literal)))
            .endControlFlow();
      }
      code.addStatement("break").unindent();
    }
    return code.endControlFlow().build();
  }

  /** Splits many literals into hash buckets, one method each. */
  private CodeBlock bucketSwitch(RouteTrie.Node node) {
    int buckets = Integer.highestOneBit((node.literals.size() - 1) / MAX_LITERALS_PER_METHOD) * 2;
    List<Map<String, RouteTrie.Node>> split = new ArrayList<>();
    for (int i = 0; i < buckets; i++) {
      split.add(new TreeMap<>());
    }
    node.literals.forEach((literal, child) -> split.get(literal.hashCode() & (buckets - 1)).put(literal, child));
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("int hash = $T.hash(path, start, end)", Names.PATHS)
        .beginControlFlow("switch (hash & $L)", buckets - 1);
    for (int i = 0; i < buckets; i++) {
      if (split.get(i).isEmpty()) {
        continue;
      }
      String bucketMethod = names.newName(node.method + "_bucket" + i);
      code.add("case $L:\n", i).indent()
          .addStatement("found = $N(path, start, end, last, hash)", bucketMethod)
          .addStatement("if (found != null) return found")
          .addStatement("break").unindent();
      methods.add(MethodSpec.methodBuilder(bucketMethod)
          .addJavadoc("Literals of {@link #$N} whose hash falls in bucket $L.\n", node.method, i)
          .addModifiers(Modifier.PRIVATE)
          .returns(Names.RESOURCE)
          .addParameter(String.class, "path")
          .addParameter(int.class, "start")
          .addParameter(int.class, "end")
          .addParameter(boolean.class, "last")
          .addParameter(int.class, "hash")
          .addCode(split.get(i).values().stream().anyMatch(RouteTrie.Node::hasChildren)
              ? CodeBlock.of("$T found;\n", Names.RESOURCE) : CodeBlock.of(""))
          .addCode(literalSwitch(split.get(i), CodeBlock.of("hash")))
          .addStatement("return null")
          .build());
    }
    return code.addStatement("default: break").endControlFlow().build();
  }

  /** What a matched segment leads to: the resource if the path ends here, else the child's children. */
  private static CodeBlock child(RouteTrie.Node child) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (child.resource != null && child.hasChildren()) {
      code.addStatement("found = last ? this.$L : $N(path, end + 1)", child.resource.field(), child.method)
          .addStatement("if (found != null) return found");
    } else if (child.resource != null) {
      code.addStatement("if (last) return this.$L", child.resource.field());
    } else {
      code.beginControlFlow("if (!last)")
          .addStatement("found = $N(path, end + 1)", child.method)
          .addStatement("if (found != null) return found")
          .endControlFlow();
    }
    return code.build();
  }

  private static String join(String prefix, String segment) {
    return prefix.endsWith("/") ? prefix + segment + "/" : prefix + "/" + segment + "/";
  }

  static String identifier(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    return out.length() == 0 ? "slash" : out.toString();
  }
}
