package dev.lashing.report.posture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.rbac.Grant;
import dev.lashing.misconfig.rbac.RbacFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code who-can} and {@code rights}: grants (subject, where it applies, the rule,
 * the binding and role with their places) as a table or JSON, with the risks the subject holds
 * ({@code rights}) and whether the objects read were complete.
 */
public record GrantList(
    String question,
    String origin,
    List<String> problems,
    List<Grant> grants,
    List<RbacFinding> risks,
    List<String> notes) {
  public GrantList {
    problems = List.copyOf(problems);
    grants = List.copyOf(grants);
    risks = List.copyOf(risks);
    notes = List.copyOf(notes);
  }

  public void table(Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    out.println(Texts.safe(question) + " (" + Texts.safe(origin) + ")");
    if (!problems.isEmpty()) {
      out.println(
          "INCOMPLETE: "
              + problems.size()
              + " input(s) could not be read; the answer may miss grants:");
      problems.forEach(p -> out.println("  " + Texts.safe(p)));
    }
    out.println();
    if (grants.isEmpty()) {
      out.println("No grant allows it.");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"SUBJECT", "SCOPE", "RULE", "BINDING", "ROLE"});
      for (Grant g : grants) {
        rows.add(
            new String[] {
              g.via().toString(),
              g.namespace() == null ? "cluster-wide" : g.namespace(),
              g.rule().describe(),
              g.binding().ref() + " (" + Texts.relative(g.binding().location()) + ")",
              g.rule().owner() + " (" + Texts.relative(g.rule().location()) + ")"
            });
      }
      int[] w = new int[5];
      rows.forEach(
          r -> {
            for (int i = 0; i < 4; i++) {
              w[i] = Math.max(w[i], r[i].length());
            }
          });
      for (String[] r : rows) {
        out.println(
            Texts.safe(
                String.format(
                    "%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %-" + w[3] + "s  %s",
                    (Object[]) r)));
      }
    }
    if (!risks.isEmpty()) {
      out.println();
      out.println("Risks");
      for (RbacFinding f : risks) {
        out.printf(
            "  %-8s  %-12s  %s%n", f.risk().severity(), f.risk().id(), Texts.safe(f.message()));
      }
    }
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes");
      notes.forEach(n -> out.println("  " + Texts.safe(n)));
    }
    out.flush();
  }

  public void json(Writer out) throws IOException {
    ObjectNode root = PostureJson.JSON.createObjectNode();
    root.put("question", question);
    root.put("origin", origin);
    root.put("complete", problems.isEmpty());
    ArrayNode p = root.putArray("problems");
    problems.forEach(p::add);
    ArrayNode list = root.putArray("grants");
    for (Grant g : grants) {
      ObjectNode n = list.addObject();
      n.put("subject", g.via().toString());
      if (g.namespace() == null) {
        n.putNull("namespace");
      } else {
        n.put("namespace", g.namespace());
      }
      ObjectNode rule = n.putObject("rule");
      strings(rule, "verbs", g.rule().verbs());
      strings(rule, "apiGroups", g.rule().apiGroups());
      strings(rule, "resources", g.rule().resources());
      strings(rule, "resourceNames", g.rule().resourceNames());
      strings(rule, "nonResourceURLs", g.rule().nonResourceURLs());
      rule.put("file", Texts.relative(g.rule().file()));
      rule.put("line", g.rule().position().line());
      ObjectNode binding = n.putObject("binding");
      binding.put("ref", g.binding().ref());
      binding.put("file", Texts.relative(g.binding().object().file()));
      binding.put("line", g.binding().object().position().line());
      ObjectNode role = n.putObject("role");
      role.put("ref", g.role().ref());
      role.put("ruleFrom", g.rule().owner());
      role.put("file", Texts.relative(g.role().object().file()));
      role.put("line", g.role().object().position().line());
    }
    ArrayNode r = root.putArray("risks");
    for (RbacFinding f : risks) {
      ObjectNode n = r.addObject();
      n.put("id", f.risk().id());
      n.put("severity", f.risk().severity().name());
      n.put("title", f.risk().title());
      n.put("message", f.message());
      n.put("file", Texts.relative(f.file()));
      n.put("line", f.position().line());
    }
    ArrayNode notesNode = root.putArray("notes");
    notes.forEach(notesNode::add);
    out.write(PostureJson.JSON.writeValueAsString(root));
    out.write('\n');
  }

  private static void strings(ObjectNode n, String key, List<String> values) {
    ArrayNode a = n.putArray(key);
    values.forEach(a::add);
  }
}
