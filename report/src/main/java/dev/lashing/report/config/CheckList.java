package dev.lashing.report.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Controls;
import dev.lashing.misconfig.check.CrossRefs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The check catalog ({@code lashing checks list}) as a table or JSON, in catalog order. */
public final class CheckList {
  private CheckList() {}

  public static void table(List<Check> checks, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    int titleWidth = checks.stream().mapToInt(c -> c.title().length()).max().orElse(5);
    String row = "%-12s  %-8s  %-" + titleWidth + "s  %-28s  %s%n";
    out.printf(row, "ID", "SEVERITY", "TITLE", "CROSS-REFS", "CONTROLS");
    for (Check c : checks) {
      out.printf(
          row,
          Text.safe(c.id()),
          c.severity(),
          Text.safe(c.title()),
          Text.safe(String.join(" ", crossRefs(c.crossRefs()))),
          Text.safe(String.join(" ", controls(c.controls()))));
    }
    out.printf("%d checks%n", checks.size());
    out.flush();
  }

  public static void json(List<Check> checks, Writer out) throws IOException {
    ArrayNode root = ConfigJson.JSON.createArrayNode();
    for (Check c : checks) {
      ObjectNode n = root.addObject();
      n.put("id", c.id());
      n.put("kind", c.target().name().toLowerCase(Locale.ROOT));
      n.put("severity", c.severity().name());
      n.put("title", c.title());
      n.put("description", c.description());
      n.put("remediation", c.remediation());
      ArrayNode refs = n.putArray("references");
      c.references().forEach(refs::add);
      n.set("crossRefs", ConfigJson.JSON.valueToTree(c.crossRefs()));
      n.set("controls", ConfigJson.JSON.valueToTree(c.controls()));
    }
    out.write(ConfigJson.JSON.writeValueAsString(root));
    out.write('\n');
  }

  /** Peer ids only (Trivy, Checkov, Kubescape, Polaris, kube-linter); KICS UUIDs are too long. */
  static List<String> crossRefs(CrossRefs r) {
    List<String> out = new ArrayList<>(r.trivy());
    out.addAll(r.checkov());
    out.addAll(r.kubescape());
    out.addAll(r.polaris());
    out.addAll(r.kubeLinter());
    return out;
  }

  static List<String> controls(Controls c) {
    List<String> out = new ArrayList<>();
    c.cisDocker().forEach(x -> out.add("cis-docker:" + x));
    c.cisKubernetes().forEach(x -> out.add("cis-k8s:" + x));
    c.nist800190().forEach(x -> out.add("nist:" + x));
    c.mitre().forEach(x -> out.add("mitre:" + x));
    c.pciDss().forEach(x -> out.add("pci:" + x));
    if (!c.nsaCisa().isEmpty()) {
      out.add("nsa-cisa:" + c.nsaCisa().size());
    }
    return out;
  }
}
