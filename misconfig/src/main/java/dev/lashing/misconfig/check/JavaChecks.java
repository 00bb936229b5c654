package dev.lashing.misconfig.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** The explicit registry of Java check logic, by the name check files use in {@code class:}. */
public final class JavaChecks {
  private JavaChecks() {}

  public static Map<String, JavaCheck> registry() {
    Map<String, JavaCheck> r = new LinkedHashMap<>();
    r.put("apt-unpinned", AptChecks::unpinned);
    r.put("host-path-any", HostPathChecks::any);
    r.put("host-path-sensitive", HostPathChecks::sensitive);
    r.put("apk-unpinned", PackagePins::apk);
    r.put("yum-unpinned", PackagePins::yum);
    r.put("dnf-unpinned", PackagePins::dnf);
    r.put("npm-unpinned", PackagePins::npm);
    return r;
  }
}
