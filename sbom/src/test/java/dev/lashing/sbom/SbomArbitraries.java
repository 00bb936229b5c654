package dev.lashing.sbom;

import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Platform;
import dev.lashing.model.Relationship;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated SBOMs for the round-trip property. Strings avoid leading/trailing blanks, runs of
 * blanks and line breaks: tag-value documents do not keep the former, the CycloneDX library's
 * parser collapses runs of whitespace (documented lossy cases).
 */
final class SbomArbitraries {
  private static final List<String> LICENSES =
      List.of(
          "MIT",
          "Apache-2.0",
          "GPL-2.0-only WITH Classpath-exception-2.0",
          "MIT OR Apache-2.0",
          "LGPL-2.1-or-later AND BSD-3-Clause",
          "Custom License 1",
          "BSD-like",
          "GPL-2.0+");

  private SbomArbitraries() {}

  static Arbitrary<String> word() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("0123456789")
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("ABC019 .-_@/+:<>&\"'é")
        .ofMinLength(1)
        .ofMaxLength(20)
        .map(s -> s.replaceAll("\\s+", " ").strip())
        .filter(s -> !s.isEmpty() && !s.startsWith("<text>") && !s.contains("</text>"));
  }

  static Arbitrary<Digest> digest() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(Digest::sha256);
  }

  static Arbitrary<Location> location() {
    return Combinators.combine(word().list().ofMinSize(1).ofMaxSize(4), digest().injectNull(0.3))
        .as((parts, layer) -> new Location("/" + String.join("/", parts), layer));
  }

  private record Head(PackageType type, String name, String version, boolean purl) {}

  private record Optionals(
      @org.jspecify.annotations.Nullable String namespace,
      @org.jspecify.annotations.Nullable String sourceName,
      @org.jspecify.annotations.Nullable String sourceVersion,
      @org.jspecify.annotations.Nullable String arch,
      @org.jspecify.annotations.Nullable String supplier) {}

  static Arbitrary<Package> pkg(String id) {
    Arbitrary<Head> head =
        Combinators.combine(
                Arbitraries.of(PackageType.class),
                text(),
                Arbitraries.oneOf(Arbitraries.just(""), text()),
                Arbitraries.of(true, false))
            .as(Head::new);
    Arbitrary<Optionals> optionals =
        Combinators.combine(
                text().injectNull(0.5),
                text().injectNull(0.5),
                text().injectNull(0.5),
                word().injectNull(0.5),
                text().injectNull(0.5))
            .as(Optionals::new);
    return Combinators.combine(
            head,
            optionals,
            Arbitraries.of(LICENSES).list().ofMaxSize(3),
            location().list().ofMaxSize(3),
            Arbitraries.maps(word(), text()).ofMaxSize(3))
        .as(
            (h, o, licenses, locations, metadata) ->
                new Package(
                    id,
                    h.name(),
                    h.version(),
                    h.type(),
                    h.purl() ? "pkg:" + h.type().purlType() + "/" + id + "@1" : "",
                    o.namespace(),
                    o.sourceName(),
                    o.sourceVersion(),
                    o.arch(),
                    licenses,
                    o.supplier(),
                    "some-cataloger",
                    locations,
                    metadata));
  }

  static Arbitrary<SbomSubject> subject() {
    Arbitrary<OsInfo> os =
        Combinators.combine(
                word(),
                word().injectNull(0.3),
                word().injectNull(0.5),
                text().injectNull(0.5),
                word().list().ofMaxSize(2))
            .as(
                (id, v, code, pretty, like) ->
                    new OsInfo(id, v, code, pretty, like, "/etc/os-release"));
    return Combinators.combine(
            Arbitraries.of(SbomSubject.Kind.class),
            text(),
            digest().injectNull(0.3),
            digest().injectNull(0.3),
            text().list().ofMaxSize(3),
            Arbitraries.of("linux/amd64", "linux/arm64/v8").map(Platform::parse).injectNull(0.3),
            os.injectNull(0.3))
        .as(SbomSubject::new);
  }

  static Arbitrary<Sbom> sbom() {
    Arbitrary<List<Package>> packages =
        Arbitraries.integers()
            .between(0, 6)
            .flatMap(
                n -> {
                  List<Arbitrary<Package>> each = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    each.add(pkg(HexFormat.of().toHexDigits((long) i * 7919 + 17)));
                  }
                  return Combinators.combine(each).as(List::copyOf);
                });
    return Combinators.combine(
            subject(),
            packages,
            Arbitraries.integers().between(0, 1_000_000_000),
            Arbitraries.integers().list().ofMaxSize(8))
        .as(
            (s, ps, seconds, picks) -> {
              List<Relationship> rels = new ArrayList<>();
              for (int i = 0; ps.size() > 1 && i + 1 < picks.size(); i += 2) {
                String from = ps.get(Math.floorMod(picks.get(i), ps.size())).id();
                String to = ps.get(Math.floorMod(picks.get(i + 1), ps.size())).id();
                var kind =
                    Math.floorMod(picks.get(i), 2) == 0
                        ? Relationship.Kind.DEPENDS_ON
                        : Relationship.Kind.CONTAINS;
                rels.add(new Relationship(from, to, kind));
              }
              return new Sbom(
                  s,
                  ps,
                  rels,
                  new Sbom.Tool("lashing", "1.2.3-rc1"),
                  Instant.ofEpochSecond(seconds),
                  "urn:uuid:" + UUID.nameUUIDFromBytes(String.valueOf(seconds).getBytes()));
            });
  }
}
