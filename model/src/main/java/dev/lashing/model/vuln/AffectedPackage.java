package dev.lashing.model.vuln;

import dev.lashing.model.version.OsvAffected;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One package an advisory affects, in one ecosystem.
 *
 * @param ecosystem the OSV ecosystem, with the release for distros ({@code Debian:12}, {@code
 *     Alpine:v3.10}, {@code Red Hat:enterprise_linux:9}, {@code Maven}, {@code npm})
 * @param name the package name as the feed keys it: the source package for Debian, Ubuntu and
 *     Alpine (aport/origin), the binary rpm name for Red Hat, {@code group:artifact} for Maven, the
 *     scoped name for npm; compare after {@link Ecosystems#normalizeName}
 * @param status what the feed states; ranges and versions only apply to {@link
 *     AffectedStatus#AFFECTED}
 * @param ranges OSV ranges (ECOSYSTEM/SEMVER/GIT) with the events as published
 * @param versions explicitly listed affected versions
 * @param severity the feed's own severity for this package where it differs per package (Debian
 *     urgency per release), else null
 * @param note free text the feed attaches (Debian tracker "nodsa_reason", Red Hat remediation)
 */
public record AffectedPackage(
    String ecosystem,
    String name,
    AffectedStatus status,
    List<OsvRange> ranges,
    List<String> versions,
    @Nullable String severity,
    @Nullable String note) {

  public AffectedPackage {
    if (ecosystem.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("affected package needs an ecosystem and a name");
    }
    ranges = List.copyOf(ranges);
    versions = List.copyOf(versions);
  }

  /** The ranges and versions as the model's evaluator wants them. */
  public OsvAffected osv() {
    return new OsvAffected(ecosystem, ranges, versions);
  }

  /** Every {@code fixed} version the ranges name, in publication order, without duplicates. */
  public List<String> fixedVersions() {
    List<String> fixed = new ArrayList<>();
    for (OsvRange range : ranges) {
      for (OsvEvent event : range.events()) {
        if (event instanceof OsvEvent.Fixed f && !fixed.contains(f.version())) {
          fixed.add(f.version());
        }
      }
    }
    return List.copyOf(fixed);
  }
}
