package dev.lashing.match.enrich;

import dev.lashing.match.Candidate;
import dev.lashing.model.vuln.Advisory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one package's candidates into groups that describe the same vulnerability: two records
 * belong together when one's id or aliases share an id with the other's (GHSA and CVE, PYSEC and
 * GHSA, a distro record and its CVE), transitively.
 */
final class AliasGroups {
  private AliasGroups() {}

  static List<List<Candidate>> of(List<Candidate> candidates) {
    int n = candidates.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String id : ids(candidates.get(i).advisory())) {
        Integer j = firstWithId.putIfAbsent(id, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(candidates.get(i));
    }
    return List.copyOf(groups.values());
  }

  static List<String> ids(Advisory a) {
    List<String> ids = new ArrayList<>(a.aliases().size() + 1);
    ids.add(a.id());
    ids.addAll(a.aliases());
    return ids;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
