package dev.lashing.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the pipeline's arrows pointing one way (DESIGN.md): each module's packages may use only the
 * modules to their left. Add a module here when it is created.
 */
class ModuleArchitectureTest {
  /** The pipeline, left to right. */
  static final List<String> PIPELINE =
      List.of(
          "dev.lashing.model",
          "dev.lashing.image",
          "dev.lashing.catalog",
          "dev.lashing.sbom",
          "dev.lashing.vulndb",
          "dev.lashing.match",
          "dev.lashing.misconfig",
          "dev.lashing.report",
          "dev.lashing.cli");

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.lashing");

  @TestFactory
  List<DynamicTest> eachModuleDependsOnlyOnModulesToItsLeft() {
    return PIPELINE.stream()
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module,
                    () -> {
                      List<String> right =
                          PIPELINE.subList(PIPELINE.indexOf(module) + 1, PIPELINE.size());
                      if (right.isEmpty()) {
                        return;
                      }
                      noClasses()
                          .that()
                          .resideInAPackage(module + "..")
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(
                              right.stream().map(p -> p + "..").toArray(String[]::new))
                          .because("data flows one way: " + String.join(" → ", PIPELINE))
                          .check(CLASSES);
                    }))
        .toList();
  }

  @TestFactory
  List<DynamicTest> everyModuleHasClasses() {
    return PIPELINE.stream()
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module,
                    () ->
                        org.assertj.core.api.Assertions.assertThat(
                                CLASSES.stream()
                                    .anyMatch(c -> c.getPackageName().startsWith(module)))
                            .as("module %s is on the test classpath", module)
                            .isTrue()))
        .toList();
  }
}
