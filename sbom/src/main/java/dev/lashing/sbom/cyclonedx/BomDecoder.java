package dev.lashing.sbom.cyclonedx;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Tool;
import org.cyclonedx.model.component.evidence.Occurrence;
import org.jspecify.annotations.Nullable;

/**
 * The CycloneDX library's {@link Bom} → {@link Sbom}. Nested components are flattened into packages
 * contained by their parent; a component without a bom-ref gets a package id from its type, name,
 * version and first location.
 */
final class BomDecoder {
  private BomDecoder() {}

  static Sbom decode(Bom bom, String document) {
    Metadata meta = bom.getMetadata();
    Component subjectComponent = meta == null ? null : meta.getComponent();
    OsInfo os = null;
    Map<String, Package> packages = new LinkedHashMap<>();
    List<Relationship> relationships = new ArrayList<>();
    List<Component> all = new ArrayList<>();
    flatten(bom.getComponents(), all);
    Map<Component, String> ids = new java.util.IdentityHashMap<>();
    for (Component c : all) {
      if (c.getType() == Component.Type.OPERATING_SYSTEM) {
        if (os == null) {
          os = os(c);
        }
        continue;
      }
      Package p = pkg(c);
      ids.put(c, p.id());
      packages.putIfAbsent(p.id(), p);
    }
    for (Component c : all) {
      String from = ids.get(c);
      if (from == null) {
        continue;
      }
      for (String to : Properties.all(c.getProperties(), Props.CONTAINS)) {
        if (packages.containsKey(to)) {
          relationships.add(new Relationship(from, to, Relationship.Kind.CONTAINS));
        }
      }
      if (c.getComponents() != null) {
        for (Component child : c.getComponents()) {
          String to = ids.get(child);
          if (to != null) {
            relationships.add(new Relationship(from, to, Relationship.Kind.CONTAINS));
          }
        }
      }
    }
    if (bom.getDependencies() != null) {
      for (Dependency d : bom.getDependencies()) {
        if (d.getRef() == null
            || !packages.containsKey(d.getRef())
            || d.getDependencies() == null) {
          continue;
        }
        for (Dependency to : d.getDependencies()) {
          if (to.getRef() != null && packages.containsKey(to.getRef())) {
            relationships.add(
                new Relationship(d.getRef(), to.getRef(), Relationship.Kind.DEPENDS_ON));
          }
        }
      }
    }
    String serial =
        bom.getSerialNumber() != null && !bom.getSerialNumber().isBlank()
            ? bom.getSerialNumber()
            : "urn:uuid:" + UUID.nameUUIDFromBytes(document.getBytes(StandardCharsets.UTF_8));
    Instant created =
        meta != null && meta.getTimestamp() != null
            ? meta.getTimestamp().toInstant()
            : Instant.EPOCH;
    return new Sbom(
        subject(subjectComponent, os, document),
        new ArrayList<>(packages.values()),
        relationships,
        tool(meta),
        created,
        serial);
  }

  private static void flatten(@Nullable List<Component> components, List<Component> out) {
    if (components == null) {
      return;
    }
    for (Component c : components) {
      out.add(c);
      flatten(c.getComponents(), out);
    }
  }

  private static Sbom.Tool tool(@Nullable Metadata meta) {
    if (meta != null && meta.getToolChoice() != null) {
      List<Component> tools = meta.getToolChoice().getComponents();
      if (tools != null && !tools.isEmpty() && tools.getFirst().getName() != null) {
        return new Sbom.Tool(tools.getFirst().getName(), orEmpty(tools.getFirst().getVersion()));
      }
    }
    if (meta != null && meta.getTools() != null && !meta.getTools().isEmpty()) {
      Tool t = meta.getTools().getFirst();
      if (t.getName() != null) {
        return new Sbom.Tool(t.getName(), orEmpty(t.getVersion()));
      }
    }
    return new Sbom.Tool("unknown", "");
  }

  private static SbomSubject subject(@Nullable Component c, @Nullable OsInfo os, String document) {
    if (c == null || c.getName() == null || c.getName().isBlank()) {
      return SbomSubject.directory(document, os);
    }
    var props = c.getProperties();
    String manifest = Properties.first(props, Props.MANIFEST_DIGEST);
    String config = Properties.first(props, Props.CONFIG_DIGEST);
    String platform = Properties.first(props, Props.PLATFORM);
    return new SbomSubject(
        c.getType() == Component.Type.CONTAINER
            ? SbomSubject.Kind.IMAGE
            : SbomSubject.Kind.DIRECTORY,
        c.getName(),
        manifest == null ? null : Digest.parse(manifest),
        config == null ? null : Digest.parse(config),
        Properties.all(props, Props.TAG),
        platform == null ? null : Platform.parse(platform),
        os);
  }

  private static OsInfo os(Component c) {
    var props = c.getProperties();
    String source = Properties.first(props, Props.OS_SOURCE);
    return new OsInfo(
        c.getName() == null || c.getName().isBlank() ? "linux" : c.getName(),
        c.getVersion(),
        Properties.first(props, Props.OS_CODENAME),
        c.getDescription(),
        Properties.all(props, Props.OS_ID_LIKE),
        source == null ? "" : source);
  }

  private static Package pkg(Component c) {
    String name = c.getName();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "component " + (c.getBomRef() == null ? "" : "'" + c.getBomRef() + "' ") + "has no name");
    }
    var props = c.getProperties();
    String purl = orEmpty(c.getPurl());
    String typeName = Properties.first(props, Props.TYPE);
    PackageType type = typeName != null ? PackageType.valueOf(typeName) : PackageTypes.ofPurl(purl);
    String version = orEmpty(c.getVersion());
    List<Location> locations = locations(c);
    String id =
        c.getBomRef() != null && !c.getBomRef().isBlank()
            ? c.getBomRef()
            : PackageIds.of(type, name, version, locations);
    Map<String, String> metadata = new TreeMap<>();
    if (props != null) {
      props.stream()
          .filter(p -> p.getName() != null && p.getName().startsWith(Props.METADATA))
          .forEach(
              p ->
                  metadata.put(
                      p.getName().substring(Props.METADATA.length()), orEmpty(p.getValue())));
    }
    return new Package(
        id,
        name,
        version,
        type,
        purl,
        c.getGroup(),
        Properties.first(props, Props.SOURCE_NAME),
        Properties.first(props, Props.SOURCE_VERSION),
        Properties.first(props, Props.ARCH),
        licenses(c.getLicenses()),
        c.getSupplier() == null ? null : c.getSupplier().getName(),
        orEmpty(Properties.first(props, Props.FOUND_BY)),
        locations,
        metadata);
  }

  private static List<Location> locations(Component c) {
    List<Location> out = new ArrayList<>();
    if (c.getEvidence() == null || c.getEvidence().getOccurrences() == null) {
      return out;
    }
    List<String> layers = Properties.all(c.getProperties(), Props.LAYER);
    List<Occurrence> occurrences = c.getEvidence().getOccurrences();
    for (int i = 0; i < occurrences.size(); i++) {
      String path = occurrences.get(i).getLocation();
      if (path == null || path.isBlank()) {
        continue;
      }
      String layer = i < layers.size() ? layers.get(i) : Props.NO_LAYER;
      out.add(
          new Location(
              path.startsWith("/") ? path : "/" + path,
              layer.equals(Props.NO_LAYER) ? null : Digest.parse(layer)));
    }
    return out;
  }

  static List<String> licenses(@Nullable LicenseChoice choice) {
    List<String> out = new ArrayList<>();
    if (choice == null) {
      return out;
    }
    if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
      out.add(choice.getExpression().getValue());
    }
    if (choice.getLicenses() != null) {
      for (License l : choice.getLicenses()) {
        String v = l.getId() != null ? l.getId() : l.getName();
        if (v != null && !v.isBlank()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
