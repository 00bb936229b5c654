package dev.lashing.misconfig.check;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlLimits;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one check file; unknown keys and missing fields are errors naming file:line. */
final class CheckReader {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "severity",
          "scope",
          "description",
          "remediation",
          "references",
          "crossRefs",
          "controls",
          "logic",
          "examples");
  private static final Set<String> XREF_KEYS =
      Set.of("trivy", "checkov", "kics", "kubescape", "polaris", "kubeLinter");
  private static final Set<String> CONTROL_KEYS =
      Set.of("cisDocker", "cisKubernetes", "nsaCisa", "nist800190", "mitre", "pciDss");
  private static final YamlLoader YAML = YamlLoader.create(new YamlLimits(1 << 20, 0, 32, 100_000));

  private CheckReader() {}

  static Check read(String source, String text) throws MisconfigException {
    List<YamlNode> docs = YAML.load(source, text);
    if (docs.size() != 1 || !(docs.get(0) instanceof YamlNode.Mapping root)) {
      throw MisconfigException.at(source, 0, "a check file holds exactly one mapping");
    }
    Fields f = new Fields(source, root, KEYS);
    String id = f.required("id");
    if (!ID.matcher(id).matches()) {
      throw MisconfigException.at(
          source, f.line("id"), "check id '" + id + "' is not like LSH-K8S-001");
    }
    Severity severity;
    Scope scope;
    try {
      severity = Severity.parse(f.required("severity"));
      scope = Scope.parse(f.required("scope"));
    } catch (IllegalArgumentException e) {
      throw MisconfigException.at(source, f.line("severity"), e.getMessage());
    }
    Fields x = f.child("crossRefs", XREF_KEYS);
    Fields c = f.child("controls", CONTROL_KEYS);
    return new Check(
        id,
        f.required("title"),
        severity,
        scope,
        f.required("description").strip(),
        f.required("remediation").strip(),
        f.list("references"),
        new CrossRefs(
            x.list("trivy"),
            x.list("checkov"),
            x.list("kics"),
            x.list("kubescape"),
            x.list("polaris"),
            x.list("kubeLinter")),
        new Controls(
            c.list("cisDocker"),
            c.list("cisKubernetes"),
            c.list("nsaCisa"),
            c.list("nist800190"),
            c.list("mitre"),
            c.list("pciDss")),
        logic(f.child("logic", Set.of("cel", "class", "at", "message"))),
        examples(source, f.child("examples", Set.of("bad", "good"))),
        source);
  }

  private static Logic logic(Fields l) throws MisconfigException {
    String cel = l.optional("cel");
    String java = l.optional("class");
    if ((cel == null) == (java == null)) {
      throw l.error("logic needs exactly one of 'cel' or 'class'");
    }
    return cel != null
        ? new Logic.Cel(cel.strip(), l.list("at"), l.optional("message"))
        : new Logic.Java(java.strip(), l.list("at"), l.optional("message"));
  }

  private static List<Example> examples(String source, Fields e) throws MisconfigException {
    List<Example> out = new ArrayList<>();
    for (boolean bad : new boolean[] {true, false}) {
      for (Fields item : e.items(bad ? "bad" : "good", Set.of("input", "lines"))) {
        List<Integer> lines = new ArrayList<>();
        for (String n : item.list("lines")) {
          try {
            lines.add(Integer.parseInt(n));
          } catch (NumberFormatException ex) {
            throw item.error("example line '" + n + "' is not a number");
          }
        }
        if (bad && lines.isEmpty()) {
          throw item.error("a bad example states the lines it fires at ('lines: [n]')");
        }
        out.add(new Example(bad, item.required("input"), lines, item.line(null)));
      }
    }
    if (out.stream().noneMatch(Example::bad) || out.stream().allMatch(Example::bad)) {
      throw e.error("a check ships at least one bad and one good example");
    }
    return out;
  }
}
