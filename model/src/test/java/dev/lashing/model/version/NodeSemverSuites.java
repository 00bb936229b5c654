package dev.lashing.model.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.model.version.PeerSuite.Check;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** node-semver's fixture arrays (dumped to JSON by the peer stager). */
final class NodeSemverSuites {
  private NodeSemverSuites() {}

  static Map<String, List<Check>> all(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("node-semver-fixtures.json").toFile());
    Map<String, List<Check>> out = new LinkedHashMap<>();
    out.put("comparisons", pairs(root, "comparisons", 1));
    out.put("equality", pairs(root, "equality", 0));
    out.put("valid-versions", valid(root));
    out.put("invalid-versions", invalid(root));
    out.put("range-include", ranges(root, "range-include", true));
    out.put("range-exclude", ranges(root, "range-exclude", false));
    return out;
  }

  private static Iterable<JsonNode> cases(JsonNode root, String name) {
    return root.get(name).get("cases");
  }

  /** JavaScript truthiness of an option value as the fixtures encode it. */
  static boolean truthy(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNumber()) {
      return n.doubleValue() != 0;
    }
    if (n.isTextual()) {
      return !n.textValue().isEmpty();
    }
    return !n.has("$undefined");
  }

  static SemverRange.Options options(JsonNode c, int index) {
    JsonNode o = c.get(index);
    if (o == null || o.isNull()) {
      return SemverRange.Options.DEFAULT;
    }
    if (!o.isObject()) {
      return new SemverRange.Options(truthy(o), false);
    }
    return new SemverRange.Options(truthy(o.get("loose")), truthy(o.get("includePrerelease")));
  }

  private static List<Check> pairs(JsonNode root, String name, int expected) {
    List<Check> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : cases(root, name)) {
      String op = expected > 0 ? ">" : "=";
      out.add(
          PeerSuite.relation(
              name + "[" + i++ + "]",
              VersionSchemes.SEMVER,
              c.get(0).asText(),
              op,
              c.get(1).asText()));
    }
    return out;
  }

  private static List<Check> valid(JsonNode root) {
    List<Check> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : cases(root, "valid-versions")) {
      String v = c.get(0).asText();
      NodeVersion p = NodeVersion.parse(v, false);
      boolean ok =
          p != null
              && SemverVersion.isValid(v)
              && p.major() == c.get(1).asLong()
              && p.minor() == c.get(2).asLong()
              && p.patch() == c.get(3).asLong()
              && p.pre().equals(texts(c.get(4)))
              && p.build().equals(texts(c.get(5)));
      out.add(new Check("valid-versions[" + i++ + "]", v + " parsed " + p, ok));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Check> invalid(JsonNode root) {
    List<Check> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : cases(root, "invalid-versions")) {
      String where = "invalid-versions[" + i++ + "]";
      if (!c.get(0).isTextual()) {
        out.add(new Check(where, "non-string input " + c.get(0) + " is never a version", true));
        continue;
      }
      String v = c.get(0).asText();
      boolean loose = options(c, 2).loose();
      out.add(
          new Check(
              where, v + " (" + c.get(1).asText() + ")", NodeVersion.parse(v, loose) == null));
    }
    return out;
  }

  private static List<Check> ranges(JsonNode root, String name, boolean include) {
    List<Check> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : cases(root, name)) {
      String range = c.get(0).asText();
      SemverRange.Options o = options(c, 2);
      boolean got;
      String detail;
      try {
        SemverRange r = SemverRange.parse(range, o);
        got = c.get(1).isTextual() && r.test(c.get(1).asText());
        detail = "as '" + r + "'";
      } catch (IllegalArgumentException e) {
        got = false;
        detail = "invalid range: " + e.getMessage();
      }
      String text =
          "'"
              + range
              + "' "
              + (include ? "includes " : "excludes ")
              + c.get(1)
              + " "
              + o
              + " "
              + detail;
      out.add(new Check(name + "[" + i++ + "]", text, got == include));
    }
    return out;
  }
}
