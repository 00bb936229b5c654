package dev.lashing.match.distro;

import dev.lashing.match.AffectedEntries;
import dev.lashing.match.Candidate;
import dev.lashing.match.Matcher;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.Ecosystems;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * OS packages against their own distribution's feed only ({@link DistroEcosystems}). Feeds keyed by
 * source package (Debian, Ubuntu, Alpine) are looked up by the source name with the source version,
 * and by the binary name with the package's own version; a record found both ways counts once (the
 * source lookup first, as those feeds key by it).
 */
public final class DistroMatcher implements Matcher {
  public static final String ID = "distro-matcher";

  private DistroMatcher() {}

  public static Matcher create() {
    return new DistroMatcher();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PackageType> types() {
    return Set.of(PackageType.DEB, PackageType.APK, PackageType.RPM);
  }

  @Override
  public List<Candidate> match(Package pkg, @Nullable OsInfo os, VulnStore store)
      throws VulnDataException {
    List<String> ecosystems =
        DistroEcosystems.of(os != null ? os : DistroEcosystems.fromPurl(pkg.purl()), pkg.type());
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String ecosystem : ecosystems) {
      for (Lookup l : lookups(pkg)) {
        for (Advisory a : store.advisoriesFor(ecosystem, l.name())) {
          if (seen.contains(a.source() + '\u0000' + a.id())) {
            continue;
          }
          Optional<Candidate> c = evaluate(a, ecosystem, l);
          if (c.isPresent()) {
            seen.add(a.source() + '\u0000' + a.id());
            out.add(c.get());
          }
        }
      }
    }
    return out;
  }

  private static Optional<Candidate> evaluate(Advisory a, String ecosystem, Lookup l) {
    String wanted = Ecosystems.normalizeName(ecosystem, l.name());
    for (AffectedPackage entry : a.affected()) {
      if (entry.ecosystem().equals(ecosystem)
          && Ecosystems.normalizeName(ecosystem, entry.name()).equals(wanted)) {
        Optional<Candidate> c = AffectedEntries.evaluate(ID, a, entry, l.version(), l.by());
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /** Source first (the key of Debian, Ubuntu and Alpine feeds), then the binary name. */
  private static List<Lookup> lookups(Package pkg) {
    List<Lookup> lookups = new ArrayList<>(2);
    String source = pkg.sourceName();
    if (source != null && !source.isBlank() && !source.equals(pkg.name())) {
      String version = pkg.sourceVersion() != null ? pkg.sourceVersion() : pkg.version();
      lookups.add(new Lookup(source, version, "source"));
    }
    lookups.add(new Lookup(pkg.name(), pkg.version(), "binary"));
    return lookups;
  }

  private record Lookup(String name, String version, String by) {}
}
