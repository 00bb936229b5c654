package dev.lashing.misconfig.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.dockerfile.DockerfileParser;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The one generic test: every bad example fires exactly at its lines, every good one is silent. */
class CheckExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryCheck() throws MisconfigException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Check check : CheckCatalog.builtin()) {
      CheckEngine engine = CheckEngine.create(List.of(check));
      int n = 0;
      for (Example example : check.examples()) {
        String name = check.id() + (example.bad() ? " bad " : " good ") + (++n);
        tests.add(DynamicTest.dynamicTest(name, () -> run(check, engine, example)));
      }
    }
    return tests.stream();
  }

  private static void run(Check check, CheckEngine engine, Example example) throws Exception {
    String file = check.source() + "#example@" + example.declaredAt();
    Evaluation e =
        switch (check.target()) {
          case DOCKERFILE ->
              engine.evaluate(DockerfileParser.create().parse(file, example.input()));
          case KUBERNETES ->
              check.scope() == Scope.SET
                  ? evaluateSet(check, K8sLoader.create().load(file, example.input()))
                  : engine.evaluate(file, K8sLoader.create().load(file, example.input()));
        };
    assertThat(e.warnings()).as("evaluation warnings of %s", file).isEmpty();
    List<Integer> lines =
        e.findings().stream().map(ConfigFinding::line).distinct().sorted().toList();
    if (example.bad()) {
      assertThat(lines)
          .as("lines %s fires at", file)
          .isEqualTo(example.lines().stream().sorted().toList());
    } else {
      assertThat(lines).as("good example %s must not fire", file).isEmpty();
    }
    assertThat(e.tallies().get(check.id())).as("%s evaluated something", file).isNotNull();
  }

  /** A set check's example is one whole set, run under {@link SetContext#forExamples()}. */
  private static Evaluation evaluateSet(Check check, List<K8sObject> objects) throws Exception {
    SetEvaluator set = SetEvaluator.start(List.of(check), SetContext.forExamples());
    set.accept(objects);
    return set.finish();
  }

  @Test
  void idsAreUniqueAndFollowTheirTarget() throws MisconfigException {
    List<Check> checks = CheckCatalog.builtin();
    assertThat(checks).extracting(Check::id).doesNotHaveDuplicates();
    for (Check c : checks) {
      String prefix = c.target() == Target.DOCKERFILE ? "LSH-DF-" : "LSH-K8S-";
      assertThat(c.id()).startsWith(prefix);
      assertThat(c.source()).endsWith(c.id() + ".yaml");
    }
  }
}
