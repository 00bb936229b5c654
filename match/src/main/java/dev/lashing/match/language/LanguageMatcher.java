package dev.lashing.match.language;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Language packages against OSV records of their ecosystem, by the name OSV uses: Maven {@code
 * group:artifact}, npm with its scope, PyPI PEP 503-normalised, Go module paths (and {@code
 * stdlib}, versions without the {@code v}), Packagist {@code vendor/name}, crates.io, NuGet and
 * RubyGems as written. No CPE guessing.
 */
public final class LanguageMatcher implements Matcher {
  public static final String ID = "language-matcher";

  private LanguageMatcher() {}

  public static Matcher create() {
    return new LanguageMatcher();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PackageType> types() {
    Set<PackageType> types = EnumSet.noneOf(PackageType.class);
    for (PackageType t : PackageType.values()) {
      if (t.osvEcosystem() != null) {
        types.add(t);
      }
    }
    return types;
  }

  @Override
  public List<Candidate> match(Package pkg, @Nullable OsInfo os, VulnStore store)
      throws VulnDataException {
    String ecosystem = pkg.type().osvEcosystem();
    if (ecosystem == null) {
      return List.of();
    }
    String name = osvName(pkg);
    String version = osvVersion(pkg);
    String wanted = Ecosystems.normalizeName(ecosystem, name);
    List<Candidate> out = new ArrayList<>();
    for (Advisory a : store.advisoriesFor(ecosystem, name)) {
      for (AffectedPackage entry : a.affected()) {
        if (Ecosystems.base(entry.ecosystem()).equals(ecosystem)
            && Ecosystems.normalizeName(ecosystem, entry.name()).equals(wanted)) {
          Optional<Candidate> c = AffectedEntries.evaluate(ID, a, entry, version, "name");
          if (c.isPresent()) {
            out.add(c.get());
            break;
          }
        }
      }
    }
    return out;
  }

  /** The package's name as OSV records name it. */
  public static String osvName(Package pkg) {
    String ns = pkg.namespace();
    return switch (pkg.type()) {
      case MAVEN -> ns != null && !ns.isBlank() ? ns + ":" + pkg.name() : pkg.name();
      case COMPOSER ->
          ns != null && !ns.isBlank() && !pkg.name().contains("/")
              ? ns + "/" + pkg.name()
              : pkg.name();
      default -> pkg.name();
    };
  }

  /** The installed version as OSV spells it: Go versions lose their {@code v}. */
  public static String osvVersion(Package pkg) {
    String v = pkg.version();
    if (pkg.type() == PackageType.GO_MODULE && v.startsWith("v")) {
      return v.substring(1);
    }
    return v;
  }
}
