package dev.lashing.sbom.spdx;

import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import dev.lashing.sbom.PackageTypes;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomSubject;
import dev.lashing.sbom.spdx.SpdxDoc.Checksum;
import dev.lashing.sbom.spdx.SpdxDoc.ExternalRef;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@link Sbom} → {@link SpdxDoc}. */
final class SpdxEncoder {
  static final String NAMESPACE_BASE = "https://lashing.dev/spdx/";
  static final String SUBJECT_ID = "SPDXRef-Subject";
  static final String OS_ID = "SPDXRef-OperatingSystem";
  static final String PACKAGE_PREFIX = "SPDXRef-Package-";

  private SpdxEncoder() {}

  static SpdxDoc encode(Sbom sbom) {
    SbomSubject s = sbom.subject();
    SpdxLicenses licenses = new SpdxLicenses();
    List<Pkg> pkgs = new ArrayList<>();
    List<Rel> rels = new ArrayList<>();
    pkgs.add(subject(s));
    rels.add(new Rel(SpdxDoc.DOCUMENT_ID, "DESCRIBES", SUBJECT_ID));
    OsInfo os = s.os();
    if (os != null) {
      pkgs.add(os(os));
      rels.add(new Rel(SUBJECT_ID, "CONTAINS", OS_ID));
    }
    Map<String, String> ids = spdxIds(sbom.packages());
    for (Package p : sbom.packages()) {
      pkgs.add(pkg(p, ids.get(p.id()), licenses));
      rels.add(new Rel(SUBJECT_ID, "CONTAINS", ids.get(p.id())));
    }
    for (Relationship r : sbom.relationships()) {
      String from = ids.get(r.from());
      String to = ids.get(r.to());
      if (from != null && to != null) {
        rels.add(new Rel(from, r.kind().name(), to));
      }
    }
    String tool =
        sbom.tool().version().isEmpty()
            ? sbom.tool().name()
            : sbom.tool().name() + "-" + sbom.tool().version();
    return new SpdxDoc(
        s.name(),
        namespace(s.name(), sbom.serial()),
        List.of("Tool: " + tool),
        sbom.created().toString(),
        pkgs,
        rels,
        licenses.extracted());
  }

  static String namespace(String name, String serial) {
    if (serial.startsWith("urn:uuid:")) {
      return NAMESPACE_BASE + sanitize(name) + "/" + serial.substring("urn:uuid:".length());
    }
    return serial;
  }

  /** Package ids made SPDX-safe ({@code [A-Za-z0-9.-]}) and unique. */
  static Map<String, String> spdxIds(List<Package> packages) {
    Map<String, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Package p : packages) {
      String base = PACKAGE_PREFIX + sanitize(p.id());
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(p.id(), id);
    }
    return ids;
  }

  static String sanitize(String s) {
    String clean = s.replaceAll("[^A-Za-z0-9.-]", "-");
    return clean.isEmpty() ? "x" : clean;
  }

  private static Pkg subject(SbomSubject s) {
    List<String> notes = new ArrayList<>();
    List<Checksum> checksums = new ArrayList<>();
    Digest manifest = s.manifestDigest();
    if (manifest != null) {
      checksums.add(new Checksum(manifest.algorithm().toUpperCase(Locale.ROOT), manifest.hex()));
      Notes.add(notes, Notes.MANIFEST_DIGEST, manifest.toString());
    }
    if (s.configDigest() != null) {
      Notes.add(notes, Notes.CONFIG_DIGEST, s.configDigest().toString());
    }
    s.tags().forEach(t -> Notes.add(notes, Notes.TAG, t));
    if (s.platform() != null) {
      Notes.add(notes, Notes.PLATFORM, s.platform().toString());
    }
    boolean image = s.kind() == SbomSubject.Kind.IMAGE;
    return new Pkg(
        SUBJECT_ID,
        s.name(),
        manifest == null ? null : manifest.toString(),
        SpdxDoc.NOASSERTION,
        SpdxDoc.NOASSERTION,
        SpdxDoc.NOASSERTION,
        image ? "CONTAINER" : "FILE",
        null,
        checksums,
        List.of(),
        notes);
  }

  private static Pkg os(OsInfo os) {
    List<String> notes = new ArrayList<>();
    Notes.add(notes, Notes.OS_CODENAME, os.versionCodename());
    os.idLike().forEach(l -> Notes.add(notes, Notes.OS_ID_LIKE, l));
    Notes.add(notes, Notes.OS_SOURCE, os.source());
    return new Pkg(
        OS_ID,
        os.id(),
        os.versionId(),
        SpdxDoc.NOASSERTION,
        SpdxDoc.NOASSERTION,
        SpdxDoc.NOASSERTION,
        "OPERATING-SYSTEM",
        os.prettyName(),
        List.of(),
        List.of(),
        notes);
  }

  private static Pkg pkg(Package p, String spdxId, SpdxLicenses licenses) {
    List<String> notes = new ArrayList<>();
    if (!spdxId.equals(PACKAGE_PREFIX + p.id())) {
      Notes.add(notes, Notes.ID, p.id());
    }
    Notes.add(notes, Notes.FOUND_BY, p.foundBy());
    if (PackageTypes.ofPurl(p.purl()) != p.type()) {
      Notes.add(notes, Notes.TYPE, p.type().name());
    }
    Notes.add(notes, Notes.NAMESPACE, p.namespace());
    Notes.add(notes, Notes.SOURCE_NAME, p.sourceName());
    Notes.add(notes, Notes.SOURCE_VERSION, p.sourceVersion());
    Notes.add(notes, Notes.ARCH, p.arch());
    for (Location l : p.locations()) {
      Notes.add(notes, Notes.LOCATION, (l.layer() == null ? "-" : l.layer()) + " " + l.path());
    }
    p.metadata().forEach((k, v) -> Notes.add(notes, Notes.METADATA + k, v));
    List<ExternalRef> refs =
        p.purl().isEmpty()
            ? List.of()
            : List.of(new ExternalRef("PACKAGE-MANAGER", "purl", p.purl()));
    return new Pkg(
        spdxId,
        p.name(),
        p.version().isEmpty() ? null : p.version(),
        p.supplier() == null ? SpdxDoc.NOASSERTION : "Organization: " + p.supplier(),
        SpdxDoc.NOASSERTION,
        licenses.declared(p.licenses()),
        "LIBRARY",
        null,
        List.of(),
        refs,
        notes);
  }
}
