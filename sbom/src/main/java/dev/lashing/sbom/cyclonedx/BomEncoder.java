package dev.lashing.sbom.cyclonedx;

import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import dev.lashing.sbom.Licenses;
import dev.lashing.sbom.PackageTypes;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomSubject;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Evidence;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.evidence.Occurrence;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;
import org.jspecify.annotations.Nullable;

/** {@link Sbom} → the CycloneDX library's {@link Bom}. */
final class BomEncoder {
  static final Pattern URN_UUID =
      Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private BomEncoder() {}

  static Bom encode(Sbom sbom) {
    Bom bom = new Bom();
    bom.setVersion(1);
    bom.setSerialNumber(serial(sbom.serial()));
    Metadata meta = new Metadata();
    meta.setTimestamp(Date.from(sbom.created()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName(sbom.tool().name());
    tool.setVersion(sbom.tool().version());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    meta.setToolChoice(tools);
    meta.setComponent(subject(sbom.subject()));
    bom.setMetadata(meta);
    List<Component> components = new ArrayList<>();
    OsInfo os = sbom.subject().os();
    if (os != null) {
      components.add(os(os));
    }
    Map<String, List<String>> contains = new LinkedHashMap<>();
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    for (Relationship r : sbom.relationships()) {
      var into = r.kind() == Relationship.Kind.CONTAINS ? contains : dependsOn;
      into.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
    }
    for (Package p : sbom.packages()) {
      components.add(component(p, contains.getOrDefault(p.id(), List.of())));
    }
    bom.setComponents(components);
    List<Dependency> deps = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : dependsOn.entrySet()) {
      Dependency d = new Dependency(e.getKey());
      e.getValue().forEach(to -> d.addDependency(new Dependency(to)));
      deps.add(d);
    }
    if (!deps.isEmpty()) {
      bom.setDependencies(deps);
    }
    return bom;
  }

  /** The serial as written; a serial from elsewhere that is no urn:uuid gets a UUID from it. */
  static String serial(String serial) {
    return URN_UUID.matcher(serial).matches()
        ? serial
        : "urn:uuid:"
            + UUID.nameUUIDFromBytes(serial.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Component subject(SbomSubject s) {
    Component c = new Component();
    c.setBomRef(Props.SUBJECT_REF);
    c.setType(s.kind() == SbomSubject.Kind.IMAGE ? Component.Type.CONTAINER : Component.Type.FILE);
    c.setName(s.name());
    List<Property> props = new ArrayList<>();
    Digest manifest = s.manifestDigest();
    if (manifest != null) {
      c.setVersion(manifest.toString());
      c.setHashes(List.of(hash(manifest)));
      props.add(new Property(Props.MANIFEST_DIGEST, manifest.toString()));
    }
    if (s.configDigest() != null) {
      props.add(new Property(Props.CONFIG_DIGEST, s.configDigest().toString()));
    }
    s.tags().forEach(t -> props.add(new Property(Props.TAG, t)));
    if (s.platform() != null) {
      props.add(new Property(Props.PLATFORM, s.platform().toString()));
    }
    c.setProperties(props.isEmpty() ? null : props);
    return c;
  }

  private static Hash hash(Digest d) {
    return new Hash(d.algorithm().equals("sha256") ? "SHA-256" : "SHA-512", d.hex());
  }

  private static Component os(OsInfo os) {
    Component c = new Component();
    c.setBomRef(Props.OS_REF);
    c.setType(Component.Type.OPERATING_SYSTEM);
    c.setName(os.id());
    c.setVersion(os.versionId());
    c.setDescription(os.prettyName());
    List<Property> props = new ArrayList<>();
    if (os.versionCodename() != null) {
      props.add(new Property(Props.OS_CODENAME, os.versionCodename()));
    }
    os.idLike().forEach(l -> props.add(new Property(Props.OS_ID_LIKE, l)));
    props.add(new Property(Props.OS_SOURCE, os.source()));
    c.setProperties(props);
    return c;
  }

  private static Component component(Package p, List<String> contains) {
    Component c = new Component();
    c.setBomRef(p.id());
    c.setType(Component.Type.LIBRARY);
    c.setName(p.name());
    c.setVersion(p.version());
    c.setGroup(p.namespace());
    if (!p.purl().isEmpty()) {
      c.setPurl(p.purl());
    }
    if (p.supplier() != null) {
      OrganizationalEntity org = new OrganizationalEntity();
      org.setName(p.supplier());
      c.setSupplier(org);
    }
    c.setLicenses(licenses(p.licenses()));
    List<Property> props = new ArrayList<>();
    props.add(new Property(Props.FOUND_BY, p.foundBy()));
    if (PackageTypes.ofPurl(p.purl()) != p.type()) {
      props.add(new Property(Props.TYPE, p.type().name()));
    }
    optional(props, Props.SOURCE_NAME, p.sourceName());
    optional(props, Props.SOURCE_VERSION, p.sourceVersion());
    optional(props, Props.ARCH, p.arch());
    if (p.locations().stream().anyMatch(l -> l.layer() != null)) {
      for (Location l : p.locations()) {
        Digest layer = l.layer();
        props.add(new Property(Props.LAYER, layer == null ? Props.NO_LAYER : layer.toString()));
      }
    }
    contains.forEach(to -> props.add(new Property(Props.CONTAINS, to)));
    p.metadata().forEach((k, v) -> props.add(new Property(Props.METADATA + k, v)));
    c.setProperties(props);
    if (!p.locations().isEmpty()) {
      Evidence ev = new Evidence();
      List<Occurrence> occurrences = new ArrayList<>();
      for (Location l : p.locations()) {
        Occurrence o = new Occurrence();
        o.setLocation(l.path());
        occurrences.add(o);
      }
      ev.setOccurrences(occurrences);
      c.setEvidence(ev);
    }
    return c;
  }

  private static void optional(List<Property> props, String name, @Nullable String value) {
    if (value != null) {
      props.add(new Property(name, value));
    }
  }

  /**
   * One compound expression alone becomes an expression; otherwise each license is a license
   * object, by id when it is an SPDX id, else by name (CycloneDX cannot mix the two forms).
   */
  static @Nullable LicenseChoice licenses(List<String> licenses) {
    if (licenses.isEmpty()) {
      return null;
    }
    LicenseChoice choice = new LicenseChoice();
    if (licenses.size() == 1
        && Licenses.isCompound(licenses.getFirst())
        && Licenses.isValidExpression(licenses.getFirst())) {
      choice.setExpression(new Expression(licenses.getFirst()));
      return choice;
    }
    for (String l : licenses) {
      License lic = new License();
      if (Licenses.isSpdxId(l)) {
        lic.setId(l);
      } else {
        lic.setName(l);
      }
      choice.addLicense(lic);
    }
    return choice;
  }
}
