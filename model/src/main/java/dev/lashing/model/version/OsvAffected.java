package dev.lashing.model.version;

import java.util.List;

/**
 * One OSV {@code affected[]} entry's version data: its ranges and its explicit {@code versions}
 * list. A version is affected when it is listed (exactly, or equal in the ecosystem's scheme) or
 * when any evaluable range affects it.
 */
public record OsvAffected(String ecosystem, List<OsvRange> ranges, List<String> versions) {

  public OsvAffected {
    ranges = List.copyOf(ranges);
    versions = List.copyOf(versions);
  }

  public boolean affects(String version) {
    VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem);
    for (String listed : versions) {
      if (listed.equals(version) || scheme.compare(listed, version) == 0) {
        return true;
      }
    }
    return ranges.stream().anyMatch(r -> r.affects(version));
  }

  /** True when some range could not be evaluated (GIT), so a "not affected" is incomplete. */
  public boolean hasUnevaluableRanges() {
    return ranges.stream().anyMatch(r -> !r.isEvaluable());
  }
}
