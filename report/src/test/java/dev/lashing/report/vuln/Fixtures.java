package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.FixState;
import dev.lashing.match.MatchDetail;
import dev.lashing.match.ScanResult;
import dev.lashing.match.Suppression;
import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scan result with real data: the Alpine 3.11 sample's libssl (secdb record CVE-2020-1967) and a
 * log4j-core jar (GHSA-jfh8-c2jp-5v3q with NVD's CVSS, CISA KEV and an EPSS score), one of them
 * suppressed by VEX, one expired ignore entry. Volatile fields are fixed.
 */
final class Fixtures {
  private Fixtures() {}

  static final Digest LAYER =
      Digest.parse("sha256:beee9f30bc1f711043e78d4a2be0668955d4b761d587d6f60c2c8dc081efb203");

  static Package pkg(
      PackageType type,
      String ns,
      String name,
      String version,
      String purl,
      String source,
      String path) {
    return new Package(
        type.purlType() + ":" + name + "@" + version,
        name,
        version,
        type,
        purl,
        ns,
        source,
        null,
        null,
        List.of(),
        null,
        "test",
        List.of(new Location(path, LAYER)),
        Map.of());
  }

  static final Package LIBSSL =
      pkg(
          PackageType.APK,
          "alpine",
          "libssl1.1",
          "1.1.1d-r3",
          "pkg:apk/alpine/libssl1.1@1.1.1d-r3?arch=x86_64&distro=alpine-3.11.5&upstream=openssl",
          "openssl",
          "/lib/apk/db/installed");
  static final Package LOG4J =
      pkg(
          PackageType.MAVEN,
          "org.apache.logging.log4j",
          "log4j-core",
          "2.14.1",
          "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
          null,
          "/app/lib/log4j-core-2.14.1.jar");
  static final Package LOG4J_API =
      pkg(
          PackageType.MAVEN,
          "org.apache.logging.log4j",
          "log4j-api",
          "2.14.1",
          "pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1",
          null,
          "/app/lib/log4j-api-2.14.1.jar");

  static ScanResult result() {
    SbomSubject subject =
        new SbomSubject(
            SbomSubject.Kind.IMAGE,
            "samples/alpine-311.tar.gz",
            null,
            Digest.parse("sha256:a187dde48cd289ac374ad8539930628314bc581a481cdb41409c9289419ddb72"),
            List.of("alpine:3.11"),
            null,
            new OsInfo(
                "alpine", "3.11.5", null, "Alpine Linux v3.11", List.of(), "/etc/os-release"));
    Sbom sbom =
        new Sbom(
            subject,
            List.of(LIBSSL, LOG4J, LOG4J_API),
            List.of(),
            new Sbom.Tool("lashing", "0.0.0-test"),
            Instant.parse("2026-01-15T10:00:00Z"),
            "urn:uuid:00000000-0000-4000-8000-000000000000");
    Finding log4shell =
        new Finding(
            "CVE-2021-44228",
            List.of("GHSA-jfh8-c2jp-5v3q"),
            LOG4J,
            "2.14.1",
            List.of("2.15.0"),
            FixState.FIXED,
            Severity.CRITICAL,
            "cvss:3.1:nvd@nist.gov",
            null,
            new CvssScore(
                "3.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                10.0,
                Severity.CRITICAL,
                "nvd@nist.gov"),
            new Kev(
                "CVE-2021-44228",
                LocalDate.parse("2021-12-10"),
                LocalDate.parse("2021-12-24"),
                true,
                "Apache",
                "Log4j2",
                "Apply updates per vendor instructions."),
            new Epss("CVE-2021-44228", 0.94358, 0.99957, LocalDate.parse("2026-01-14")),
            "Remote code injection in Log4j",
            "Logging untrusted input with lookups enables JNDI.",
            List.of("CWE-502", "CWE-917"),
            List.of("https://nvd.nist.gov/vuln/detail/CVE-2021-44228"),
            List.of("osv-maven"),
            List.of(
                new MatchDetail(
                    "language-matcher",
                    "GHSA-jfh8-c2jp-5v3q",
                    "osv-maven",
                    "Maven",
                    "org.apache.logging.log4j:log4j-core",
                    "name",
                    "2.14.1",
                    List.of("introduced 2.13.0", "fixed 2.15.0"),
                    "installed 2.14.1 ≥ introduced 2.13.0 and < fixed 2.15.0 (ECOSYSTEM range, maven order)")),
            null);
    Finding openssl =
        new Finding(
            "CVE-2020-1967",
            List.of(),
            LIBSSL,
            "1.1.1d-r3",
            List.of("1.1.1g-r0"),
            FixState.FIXED,
            Severity.UNKNOWN,
            "none",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of("https://security.alpinelinux.org/vuln/CVE-2020-1967"),
            List.of("alpine"),
            List.of(
                new MatchDetail(
                    "distro-matcher",
                    "CVE-2020-1967",
                    "alpine",
                    "Alpine:v3.11",
                    "openssl",
                    "source",
                    "1.1.1d-r3",
                    List.of("introduced 0", "fixed 1.1.1g-r0"),
                    "installed 1.1.1d-r3 ≥ introduced 0 and < fixed 1.1.1g-r0 (ECOSYSTEM range, apk order)")),
            null);
    Finding vexed =
        new Finding(
            "CVE-2021-45046",
            List.of("GHSA-7rjr-3q55-vv33"),
            LOG4J,
            "2.14.1",
            List.of("2.16.0"),
            FixState.FIXED,
            Severity.CRITICAL,
            "advisory:osv-maven",
            null,
            null,
            null,
            null,
            "Incomplete fix for Apache Log4j vulnerability",
            null,
            List.of(),
            List.of(),
            List.of("osv-maven"),
            List.of(
                new MatchDetail(
                    "language-matcher",
                    "GHSA-7rjr-3q55-vv33",
                    "osv-maven",
                    "Maven",
                    "org.apache.logging.log4j:log4j-core",
                    "name",
                    "2.14.1",
                    List.of("introduced 2.13.0", "fixed 2.16.0"),
                    "installed 2.14.1 ≥ introduced 2.13.0 and < fixed 2.16.0 (ECOSYSTEM range, maven order)")),
            new Suppression(
                Suppression.Kind.VEX,
                "app.openvex.json statement 1",
                "VEX not_affected: vulnerable_code_not_in_execute_path",
                null,
                null,
                "not_affected",
                "vulnerable_code_not_in_execute_path"));
    IgnoreRule expired =
        new IgnoreRule(
            "CVE-2020-1967",
            null,
            "pkg:apk/alpine/*",
            "accepted for Q4",
            "base-images",
            LocalDate.parse("2025-12-31"),
            ".lashingignore.yaml entry 1");
    return new ScanResult(
        sbom,
        List.of(log4shell, vexed, openssl),
        List.of(expired),
        "OSV records from /srv/osv (3 records)",
        false);
  }
}
