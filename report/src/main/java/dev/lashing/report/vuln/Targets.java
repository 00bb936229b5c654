package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.sbom.SbomSubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups findings by target as users read them: OS packages under the image and its OS, language
 * packages under the file that declared them (lockfile, jar, binary).
 */
final class Targets {
  private Targets() {}

  static Map<String, List<Finding>> group(SbomSubject subject, List<Finding> findings) {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      out.computeIfAbsent(target(subject, f), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  static String target(SbomSubject subject, Finding f) {
    if (f.pkg().type().isOs()) {
      OsInfo os = subject.os();
      return subject.name()
          + (os == null
              ? ""
              : " (" + os.id() + (os.versionId() == null ? "" : " " + os.versionId()) + ")");
    }
    List<Location> locations = f.pkg().locations();
    return locations.isEmpty() ? subject.name() : locations.getFirst().path();
  }

  /** The evidence path of a finding's package, without the leading slash (SARIF, JUnit). */
  static String evidence(Finding f) {
    List<Location> locations = f.pkg().locations();
    String path = locations.isEmpty() ? "" : locations.getFirst().path();
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
