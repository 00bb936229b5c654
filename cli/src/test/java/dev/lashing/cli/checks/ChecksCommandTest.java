package dev.lashing.cli.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code lashing checks list} in-process. */
class ChecksCommandTest {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void tableListsIdsSeveritiesCrossRefsAndControls() {
    Result r = run("checks", "list");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("ID ")
        .containsPattern("LSH-K8S-001 +HIGH +Privileged container +KSV017 CKV_K8S_16")
        .contains("cis-k8s:5.2.2")
        .contains("LSH-DF-002");
  }

  @Test
  void jsonFilteredByKind() throws Exception {
    Result r = run("checks", "list", "--kind", "dockerfile", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.size()).isGreaterThan(30);
    assertThat(j.findValuesAsText("kind")).containsOnly("dockerfile");
    assertThat(j.get(0).path("crossRefs").path("trivy").toString()).contains("DS");
  }
}
