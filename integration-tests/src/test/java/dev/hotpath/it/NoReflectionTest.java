package dev.hotpath.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * "No reflection on the hot path" as a test: the runtime's request path and the generated router
 * use nothing from {@code java.lang.reflect} and no reflective lookups on {@code Class}.
 */
class NoReflectionTest {
  private static final JavaClasses REQUEST_PATH = new ClassFileImporter()
      .importPackages("dev.hotpath", "dev.hotpath.internal", "dev.hotpath.server", "dev.hotpath.json",
          "dev.hotpath.it.api");

  @Test
  void theRulesSeeTheRuntimeAndTheGeneratedRouter() {
    // Guards against a vacuous pass: an empty import would satisfy every rule below.
    org.assertj.core.api.Assertions.assertThat(REQUEST_PATH.contain("dev.hotpath.server.Dispatcher")).isTrue();
    org.assertj.core.api.Assertions.assertThat(REQUEST_PATH.contain("dev.hotpath.it.api.TestApiRouter")).isTrue();
  }

  @Test
  void requestPathAndGeneratedCodeDoNotUseJavaLangReflect() {
    ArchRule rule = noClasses()
        .that().resideInAnyPackage("dev.hotpath", "dev.hotpath.internal", "dev.hotpath.server", "dev.hotpath.json")
        .or().haveSimpleNameEndingWith("Router")
        .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..");
    rule.check(REQUEST_PATH);
  }

  @Test
  void requestPathAndGeneratedCodeMakeNoReflectiveLookups() {
    ArchRule rule = noClasses()
        .that().resideInAnyPackage("dev.hotpath", "dev.hotpath.internal", "dev.hotpath.server", "dev.hotpath.json")
        .or().haveSimpleNameEndingWith("Router")
        .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.base.DescribedPredicate.describe("a reflective lookup on Class",
                target -> target.getOwner().isEquivalentTo(Class.class)
                    && target.getName().matches("forName|getMethods?|getDeclaredMethods?|getFields?|getDeclaredFields?"
                        + "|getConstructors?|getDeclaredConstructors?|newInstance"))));
    rule.check(REQUEST_PATH);
  }
}
