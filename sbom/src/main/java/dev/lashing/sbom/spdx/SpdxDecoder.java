package dev.lashing.sbom.spdx;

import dev.lashing.catalog.PackageIds;
import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Platform;
import dev.lashing.model.Relationship;
import dev.lashing.sbom.PackageTypes;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomSubject;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@link SpdxDoc} → {@link Sbom}. The subject is the package the document DESCRIBES. */
final class SpdxDecoder {
  private static final Pattern OUR_NAMESPACE =
      Pattern.compile(
          Pattern.quote(SpdxEncoder.NAMESPACE_BASE)
              + "[^/]*/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  private static final Pattern TOOL = Pattern.compile("Tool:\\s*(.+?)(?:-(\\d.*))?");

  private SpdxDecoder() {}

  static Sbom decode(SpdxDoc doc) {
    String subjectId = null;
    for (Rel r : doc.relationships()) {
      if (r.element().equals(SpdxDoc.DOCUMENT_ID) && r.type().equals("DESCRIBES")) {
        subjectId = r.related();
        break;
      }
    }
    Map<String, String> textByRef = new HashMap<>();
    for (Extracted e : doc.extracted()) {
      textByRef.put(e.licenseId(), e.text());
    }
    Pkg subject = null;
    OsInfo os = null;
    Map<String, Package> bySpdxId = new LinkedHashMap<>();
    for (Pkg p : doc.packages()) {
      if (p.spdxId().equals(subjectId) && subject == null) {
        subject = p;
      } else if ("OPERATING-SYSTEM".equals(p.purpose())) {
        if (os == null) {
          os = os(p);
        }
      } else {
        Package pkg = pkg(p, textByRef);
        if (bySpdxId.values().stream().noneMatch(q -> q.id().equals(pkg.id()))) {
          bySpdxId.put(p.spdxId(), pkg);
        }
      }
    }
    List<Relationship> rels = new ArrayList<>();
    for (Rel r : doc.relationships()) {
      Package from = bySpdxId.get(r.element());
      Package to = bySpdxId.get(r.related());
      if (from == null || to == null) {
        continue;
      }
      switch (r.type()) {
        case "DEPENDS_ON" ->
            rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
        case "DEPENDENCY_OF" ->
            rels.add(new Relationship(to.id(), from.id(), Relationship.Kind.DEPENDS_ON));
        case "CONTAINS" ->
            rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.CONTAINS));
        case "CONTAINED_BY" ->
            rels.add(new Relationship(to.id(), from.id(), Relationship.Kind.CONTAINS));
        default -> {
          // other SPDX relationships have no Lashing counterpart
        }
      }
    }
    return new Sbom(
        subject(subject, os, doc.name()),
        new ArrayList<>(bySpdxId.values()),
        rels,
        tool(doc.creators()),
        created(doc.created()),
        serial(doc.namespace()));
  }

  private static String serial(String namespace) {
    Matcher m = OUR_NAMESPACE.matcher(namespace);
    return m.matches() ? "urn:uuid:" + m.group(1) : namespace;
  }

  private static Instant created(String created) {
    try {
      return Instant.parse(created);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "creationInfo.created is not an ISO-8601 time: " + created);
    }
  }

  private static Sbom.Tool tool(List<String> creators) {
    for (String c : creators) {
      Matcher m = TOOL.matcher(c.strip());
      if (m.matches()) {
        return new Sbom.Tool(m.group(1).strip(), m.group(2) == null ? "" : m.group(2));
      }
    }
    return new Sbom.Tool("unknown", "");
  }

  private static SbomSubject subject(@Nullable Pkg p, @Nullable OsInfo os, String docName) {
    if (p == null) {
      return SbomSubject.directory(docName.isBlank() ? "unknown" : docName, os);
    }
    List<String> n = p.annotations();
    String manifest = Notes.first(n, Notes.MANIFEST_DIGEST);
    if (manifest == null) {
      manifest =
          p.checksums().stream()
              .filter(c -> c.algorithm().equals("SHA256"))
              .map(c -> "sha256:" + c.value())
              .findFirst()
              .orElse(null);
    }
    String config = Notes.first(n, Notes.CONFIG_DIGEST);
    String platform = Notes.first(n, Notes.PLATFORM);
    return new SbomSubject(
        "CONTAINER".equals(p.purpose()) ? SbomSubject.Kind.IMAGE : SbomSubject.Kind.DIRECTORY,
        p.name(),
        manifest == null ? null : Digest.parse(manifest),
        config == null ? null : Digest.parse(config),
        Notes.all(n, Notes.TAG),
        platform == null ? null : Platform.parse(platform),
        os);
  }

  private static OsInfo os(Pkg p) {
    List<String> n = p.annotations();
    String source = Notes.first(n, Notes.OS_SOURCE);
    return new OsInfo(
        p.name(),
        p.version(),
        Notes.first(n, Notes.OS_CODENAME),
        p.description(),
        Notes.all(n, Notes.OS_ID_LIKE),
        source == null ? "" : source);
  }

  private static Package pkg(Pkg p, Map<String, String> textByRef) {
    List<String> n = p.annotations();
    String purl =
        p.externalRefs().stream()
            .filter(r -> r.type().equals("purl"))
            .map(SpdxDoc.ExternalRef::locator)
            .findFirst()
            .orElse("");
    String typeName = Notes.first(n, Notes.TYPE);
    PackageType type = typeName != null ? PackageType.valueOf(typeName) : PackageTypes.ofPurl(purl);
    String version =
        p.version() == null || p.version().equals(SpdxDoc.NOASSERTION) ? "" : p.version();
    List<Location> locations = new ArrayList<>();
    for (String l : Notes.all(n, Notes.LOCATION)) {
      int space = l.indexOf(' ');
      if (space > 0) {
        String layer = l.substring(0, space);
        String path = l.substring(space + 1);
        locations.add(
            new Location(
                path.startsWith("/") ? path : "/" + path,
                layer.equals("-") ? null : Digest.parse(layer)));
      }
    }
    String id = Notes.first(n, Notes.ID);
    if (id == null) {
      id =
          p.spdxId().startsWith(SpdxEncoder.PACKAGE_PREFIX)
              ? p.spdxId().substring(SpdxEncoder.PACKAGE_PREFIX.length())
              : p.spdxId().startsWith("SPDXRef-")
                  ? p.spdxId().substring("SPDXRef-".length())
                  : PackageIds.of(type, p.name(), version, locations);
    }
    Map<String, String> metadata = new TreeMap<>();
    String head = Notes.PREFIX + Notes.METADATA;
    for (String a : n) {
      int eq = a.indexOf('=', head.length());
      if (a.startsWith(head) && eq > 0) {
        metadata.put(a.substring(head.length(), eq), a.substring(eq + 1));
      }
    }
    String supplier = p.supplier().replaceFirst("^(Organization|Person|Tool):\\s*", "");
    return new Package(
        id,
        p.name(),
        version,
        type,
        purl,
        Notes.first(n, Notes.NAMESPACE),
        Notes.first(n, Notes.SOURCE_NAME),
        Notes.first(n, Notes.SOURCE_VERSION),
        Notes.first(n, Notes.ARCH),
        SpdxLicenses.parse(p.licenseDeclared(), textByRef),
        supplier.equals(SpdxDoc.NOASSERTION) ? null : supplier,
        Notes.first(n, Notes.FOUND_BY) == null ? "" : Notes.first(n, Notes.FOUND_BY),
        locations,
        metadata);
  }
}
