package dev.lashing.misconfig.check;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.ObjectRef;
import dev.lashing.misconfig.dockerfile.Dockerfile;
import dev.lashing.misconfig.dockerfile.Instruction;
import dev.lashing.misconfig.k8s.Container;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.PodSpec;
import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.misconfig.yaml.YamlValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

final class DefaultCheckEngine implements CheckEngine {
  private final List<Check> checks;
  private final Map<String, JavaCheck> logic = new HashMap<>();

  DefaultCheckEngine(List<Check> checks) throws MisconfigException {
    this.checks = List.copyOf(checks);
    for (Check c : checks) {
      if (c.scope() == Scope.SET) {
        continue; // run over the whole scan by SetEvaluator
      }
      JavaCheck program =
          switch (c.logic()) {
            case Logic.Cel cel -> CelPrograms.compile(c.source(), cel.expression());
            case Logic.Java java -> {
              JavaCheck found = JavaChecks.registry().get(java.name());
              if (found == null) {
                throw MisconfigException.at(
                    c.source(), 0, "no Java check named '" + java.name() + "'");
              }
              yield found;
            }
          };
      logic.put(c.id(), program);
    }
  }

  @Override
  public List<Check> checks() {
    return checks;
  }

  @Override
  public Evaluation evaluate(Dockerfile file) {
    Run run = new Run();
    DockerfileVars v = new DockerfileVars(file);
    for (Check c : checks) {
      if (c.target() != Target.DOCKERFILE) {
        continue;
      }
      switch (c.scope()) {
        case INSTRUCTION -> {
          for (int k = 0; k < file.instructions().size(); k++) {
            Instruction i = file.instructions().get(k);
            Map<String, Object> vars = vars();
            vars.put("instruction", v.instructions.get(k));
            vars.put("stage", i.stage() >= 0 ? v.stages.get(i.stage()) : Map.of());
            vars.put("dockerfile", v.dockerfile);
            run.dockerfile(c, logic.get(c.id()), vars, file.file(), i.line(), i.column());
          }
        }
        case STAGE -> {
          for (int s = 0; s < file.stages().size(); s++) {
            Map<String, Object> vars = vars();
            vars.put("stage", v.stages.get(s));
            vars.put("dockerfile", v.dockerfile);
            run.dockerfile(c, logic.get(c.id()), vars, file.file(), file.stages().get(s).line(), 1);
          }
        }
        default -> {
          Map<String, Object> vars = vars();
          vars.put("dockerfile", v.dockerfile);
          int line = file.stages().isEmpty() ? 1 : file.stages().getLast().line();
          run.dockerfile(c, logic.get(c.id()), vars, file.file(), line, 1);
        }
      }
    }
    return run.result();
  }

  @Override
  public Evaluation evaluate(String file, List<K8sObject> objects) {
    Run run = new Run();
    for (K8sObject o : objects) {
      Map<String, Object> object = asMap(YamlValues.toJava(o.root()));
      PodSpec pod = o.podSpec().orElse(null);
      Map<String, Object> spec = pod == null ? Map.of() : asMap(YamlValues.toJava(pod.spec()));
      Map<String, Object> meta =
          pod == null ? Map.of() : asMap(YamlValues.toJava(pod.templateMetadata()));
      ObjectRef ref = new ObjectRef(o.kind(), o.namespace(), o.name());
      List<Map<String, Object>> containers = new ArrayList<>();
      if (pod != null) {
        for (Container k : pod.containers()) {
          containers.add(asMap(YamlValues.toJava(k.node())));
        }
      }
      for (Check c : checks) {
        if (c.target() != Target.KUBERNETES
            || c.scope() == Scope.SET
            || c.scope() != Scope.OBJECT && pod == null) {
          continue;
        }
        Map<String, Object> vars = vars();
        vars.put("object", object);
        vars.put("spec", spec);
        vars.put("podMeta", meta);
        if (c.scope() == Scope.CONTAINER) {
          for (int n = 0; n < containers.size(); n++) {
            Container k = pod.containers().get(n);
            Map<String, Object> cv = new HashMap<>(vars);
            cv.put("container", containers.get(n));
            cv.put("containerType", k.type());
            Position def =
                k.node().entry("name").map(e -> e.key().position()).orElse(k.node().position());
            run.k8s(c, logic.get(c.id()), cv, file, o, ref, bases(o, pod, k.node()), def, k.name());
          }
        } else if (c.scope() == Scope.POD_SPEC) {
          Position def = YamlValues.positionOf(o.root(), pod.path()).orElse(o.position());
          run.k8s(c, logic.get(c.id()), vars, file, o, ref, bases(o, pod, pod.spec()), def, null);
        } else {
          Position def =
              YamlValues.positionOf(o.root(), "metadata.name")
                  .or(() -> YamlValues.positionOf(o.root(), "kind"))
                  .orElse(o.position());
          run.k8s(c, logic.get(c.id()), vars, file, o, ref, bases(o, pod, o.root()), def, null);
        }
      }
    }
    return run.result();
  }

  private static Results.Bases bases(K8sObject o, @Nullable PodSpec pod, YamlNode scope) {
    return pod == null
        ? new Results.Bases(o.root(), scope, o.root(), o.root())
        : new Results.Bases(o.root(), scope, pod.spec(), pod.templateMetadata());
  }

  private static Map<String, Object> vars() {
    Map<String, Object> m = new HashMap<>();
    for (String name : List.of("instruction", "stage", "dockerfile", "object", "spec", "podMeta")) {
      m.put(name, Map.of());
    }
    m.put("container", Map.of());
    m.put("containerType", "");
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** Accumulates one evaluation's findings, tallies and warnings. */
  private static final class Run {
    final List<ConfigFinding> findings = new ArrayList<>();
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    void dockerfile(
        Check c, JavaCheck logic, Map<String, Object> vars, String file, int line, int col) {
      Object result = eval(c, logic, vars, file + ":" + line);
      List<int[]> at = new ArrayList<>();
      for (Object r : Results.flatten(result)) {
        switch (r) {
          case Boolean b when b -> at.add(new int[] {line, col});
          case Long l -> at.add(new int[] {l.intValue(), 1});
          default -> {}
        }
      }
      for (int[] p : at) {
        findings.add(finding(c, file, p[0], p[1], null, null));
      }
      tally(c, !at.isEmpty());
    }

    void k8s(
        Check c,
        JavaCheck logic,
        Map<String, Object> vars,
        String file,
        K8sObject o,
        ObjectRef ref,
        Results.Bases bases,
        Position def,
        @Nullable String container) {
      Object result = eval(c, logic, vars, file + ":" + def.line());
      List<Position> at = new ArrayList<>();
      for (Object r : Results.flatten(result)) {
        switch (r) {
          case Boolean b when b -> at.add(Results.firstOf(c.logic().at(), bases, def));
          case String path -> at.add(Results.firstOf(List.of(path), bases, def));
          default -> {}
        }
      }
      for (Position p : at.stream().distinct().toList()) {
        findings.add(finding(c, file, p.line(), p.column(), ref, container));
      }
      tally(c, !at.isEmpty());
    }

    private @Nullable Object eval(
        Check c, JavaCheck logic, Map<String, Object> vars, String where) {
      try {
        return logic.evaluate(vars);
      } catch (RuntimeException e) {
        warnings.add(where + ": check " + c.id() + " could not be evaluated: " + e.getMessage());
        return null;
      }
    }

    private void tally(Check c, boolean failed) {
      tallies.merge(c.id(), new Tally(1, failed ? 1 : 0), Tally::plus);
    }

    private static ConfigFinding finding(
        Check c, String file, int line, int col, @Nullable ObjectRef ref, @Nullable String ctr) {
      String message = c.logic().message() != null ? c.logic().message() : c.title();
      if (ctr != null) {
        message = message + " (container '" + ctr + "')";
      }
      return new ConfigFinding(c.id(), c.severity(), c.title(), message, file, line, col, ref, ctr);
    }

    Evaluation result() {
      return new Evaluation(findings, tallies, warnings);
    }
  }
}
