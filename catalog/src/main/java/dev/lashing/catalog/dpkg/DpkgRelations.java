package dev.lashing.catalog.dpkg;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses dpkg relationship fields ({@code Depends: a (>= 1) | b:any, c [amd64] <!nocheck>}) into
 * groups of alternative package names, versions, architecture qualifiers and restrictions removed.
 */
final class DpkgRelations {
  private DpkgRelations() {}

  static List<List<String>> parse(String field) {
    List<List<String>> groups = new ArrayList<>();
    for (String group : field.split(",")) {
      List<String> alternatives = new ArrayList<>();
      for (String alt : group.split("\\|")) {
        String name = name(alt);
        if (!name.isEmpty()) {
          alternatives.add(name);
        }
      }
      if (!alternatives.isEmpty()) {
        groups.add(alternatives);
      }
    }
    return groups;
  }

  private static String name(String alternative) {
    String s = alternative.strip();
    int end = 0;
    while (end < s.length()) {
      char c = s.charAt(end);
      if (Character.isWhitespace(c) || c == '(' || c == '[' || c == '<' || c == ':') {
        break;
      }
      end++;
    }
    return s.substring(0, end);
  }
}
