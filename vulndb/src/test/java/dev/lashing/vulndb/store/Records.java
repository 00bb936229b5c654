package dev.lashing.vulndb.store;

import dev.lashing.model.Severity;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.CvssScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Advisories built in tests. */
final class Records {

  private Records() {}

  static Advisory advisory(
      String source, String id, String ecosystem, String name, String fixed, String... aliases) {
    return new Advisory(
        id,
        source,
        List.of(aliases),
        "summary of " + id,
        "details",
        Instant.parse("2024-01-02T03:04:05Z"),
        Instant.parse("2024-02-03T04:05:06Z"),
        null,
        List.of(
            new CvssScore(
                "3.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                9.8,
                Severity.CRITICAL,
                "ghsa")),
        "HIGH",
        List.of("CWE-79"),
        List.of("https://example.org/" + id),
        List.of(
            new AffectedPackage(
                ecosystem,
                name,
                AffectedStatus.AFFECTED,
                List.of(
                    new OsvRange(
                        ecosystem,
                        OsvRange.Type.ECOSYSTEM,
                        List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(fixed)))),
                List.of(),
                null,
                null)),
        Map.of("github_reviewed", "true"));
  }
}
