package dev.lashing.sbom.spdx;

import dev.lashing.sbom.Licenses;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declared licenses as one SPDX expression: the licenses joined by AND, compound ones in
 * parentheses; a license that is no valid expression becomes a {@code LicenseRef-} whose text is
 * kept in {@code hasExtractedLicensingInfos}. No licenses: NOASSERTION.
 */
final class SpdxLicenses {
  private final Map<String, String> refByText = new LinkedHashMap<>();

  String declared(List<String> licenses) {
    if (licenses.isEmpty()) {
      return SpdxDoc.NOASSERTION;
    }
    List<String> parts = new ArrayList<>();
    for (String l : licenses) {
      if (Licenses.isValidExpression(l)) {
        parts.add(Licenses.isCompound(l) ? "(" + l + ")" : l);
      } else {
        parts.add(ref(l));
      }
    }
    return String.join(" AND ", parts);
  }

  private String ref(String text) {
    String known = refByText.get(text);
    if (known != null) {
      return known;
    }
    String base = "LicenseRef-" + SpdxEncoder.sanitize(text);
    String id = base;
    for (int n = 2; refByText.containsValue(id); n++) {
      id = base + "-" + n;
    }
    refByText.put(text, id);
    return id;
  }

  List<Extracted> extracted() {
    return refByText.entrySet().stream().map(e -> new Extracted(e.getValue(), e.getKey())).toList();
  }

  /** The inverse of {@link #declared}: top-level AND parts, LicenseRefs replaced by their text. */
  static List<String> parse(String expression, Map<String, String> textByRef) {
    String e = expression.strip();
    if (e.isEmpty() || e.equals(SpdxDoc.NOASSERTION) || e.equals("NONE")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : splitAnd(e)) {
      String p = unwrap(part.strip());
      out.add(textByRef.getOrDefault(p, p));
    }
    return out;
  }

  private static List<String> splitAnd(String e) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && e.startsWith(" AND ", i)) {
        parts.add(e.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    parts.add(e.substring(start));
    return parts;
  }

  /** {@code (X)} → {@code X} when the parentheses enclose the whole string. */
  private static String unwrap(String s) {
    if (!s.startsWith("(") || !s.endsWith(")")) {
      return s;
    }
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      if (depth == 0 && i < s.length() - 1) {
        return s;
      }
    }
    return s.substring(1, s.length() - 1).strip();
  }
}
