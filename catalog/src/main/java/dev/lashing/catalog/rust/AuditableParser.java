package dev.lashing.catalog.rust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Executable;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * cargo-auditable: the {@code .dep-v0} (ELF, PE) or {@code __dep_v0} (Mach-O) section holds
 * zlib-compressed JSON {@code {"packages":[{name, version, source, dependencies:[index]}]}},
 * inflated to at most {@value #MAX_JSON} bytes.
 */
final class AuditableParser {
  private AuditableParser() {}

  static final int MAX_JSON = 8 << 20;

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    Executable exe = Executable.parse(content);
    var section = exe.section(".dep-v0").or(() -> exe.section("__dep_v0"));
    if (section.isEmpty()) {
      throw new MalformedFileException("no .dep-v0 section");
    }
    JsonNode root = LanguagePackages.json(inflate(exe.bytes(section.get())));
    JsonNode list = root.path("packages");
    if (!list.isArray()) {
      throw new MalformedFileException("cargo-auditable data without 'packages'");
    }
    List<Package> packages = new ArrayList<>();
    for (JsonNode p : list) {
      String name = LanguagePackages.text(p, "name");
      String version = LanguagePackages.text(p, "version");
      if (name == null || version == null) {
        throw new MalformedFileException("cargo-auditable package without name or version");
      }
      packages.add(Crates.of(name, version, LanguagePackages.text(p, "source"), foundBy, location));
    }
    List<Relationship> rels = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      for (JsonNode d : list.get(i).path("dependencies")) {
        int j = d.asInt(-1);
        if (j >= 0 && j < packages.size() && j != i) {
          rels.add(
              new Relationship(
                  packages.get(i).id(), packages.get(j).id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(packages, rels, Set.of());
  }

  static byte[] inflate(byte[] compressed) throws MalformedFileException {
    Inflater inf = new Inflater();
    try {
      inf.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new MalformedFileException("truncated zlib data in .dep-v0");
        }
        out.write(buf, 0, n);
        if (out.size() > MAX_JSON) {
          throw new MalformedFileException(".dep-v0 inflates to more than " + MAX_JSON + " bytes");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new MalformedFileException("corrupt zlib data in .dep-v0: " + e.getMessage(), e);
    } finally {
      inf.end();
    }
  }
}
