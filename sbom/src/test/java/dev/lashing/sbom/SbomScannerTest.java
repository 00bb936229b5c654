package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.CatalogRun;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.PackageIds;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan pipeline over a root filesystem built in the test, with a test-only cataloger. */
class SbomScannerTest {
  /** Reads {@code /pkgs.txt}: one {@code name version} per line; blank names are warned about. */
  static final class ListCataloger implements Cataloger {
    @Override
    public String name() {
      return "list-cataloger";
    }

    @Override
    public Set<String> tags() {
      return Set.of("directory", "test");
    }

    @Override
    public int version() {
      return 1;
    }

    @Override
    public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
      return new CatalogRun() {
        @Override
        public boolean wants(FileEntry file, Consumer<String> warnings) {
          return file.path().equals("/pkgs.txt") && file.size() <= 4096;
        }

        @Override
        public CatalogResult read(FileEntry e, byte[] content, Consumer<String> warnings) {
          List<Package> out = new ArrayList<>();
          for (String line : new String(content, StandardCharsets.UTF_8).lines().toList()) {
            String[] nv = line.split(" ");
            if (nv.length != 2) {
              warnings.accept(e.path() + ": malformed line '" + line + "'");
              continue;
            }
            List<Location> at = List.of(new Location(e.path(), null));
            out.add(
                new Package(
                    PackageIds.of(PackageType.BINARY, nv[0], nv[1], at),
                    nv[0],
                    nv[1],
                    PackageType.BINARY,
                    "pkg:generic/" + nv[0] + "@" + nv[1],
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    name(),
                    at,
                    Map.of()));
          }
          return CatalogResult.of(out);
        }

        @Override
        public CatalogResult finish(Consumer<String> warnings) {
          return CatalogResult.EMPTY;
        }
      };
    }
  }

  @Test
  void scansADirectory(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Files.writeString(dir.resolve("etc/os-release"), "ID=alpine\nVERSION_ID=3.20.1\n");
    Files.writeString(dir.resolve("pkgs.txt"), "zlib 1.3\nbroken\nbusybox 1.36.1\n");
    List<String> warnings = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    Sbom sbom =
        SbomScanner.scan(
            "dir:" + dir,
            ImageOptions.defaults(),
            List.of(new ListCataloger()),
            false,
            warnings::add,
            new ScanProgress() {
              @Override
              public void begin(String step, long total, String unit, long totalBytes) {
                steps.add(step + " " + total + " " + unit + " " + totalBytes);
              }

              @Override
              public void advance(long units, long bytes) {}
            });
    assertThat(sbom.subject().kind()).isEqualTo(SbomSubject.Kind.DIRECTORY);
    assertThat(sbom.subject().os()).isNotNull();
    assertThat(sbom.subject().os().id()).isEqualTo("alpine");
    assertThat(sbom.packages()).extracting(Package::name).containsExactly("busybox", "zlib");
    assertThat(warnings).singleElement().asString().contains("/pkgs.txt").contains("broken");
    assertThat(steps).contains("indexing 0 layers 0", "cataloging 1 files 31");
    assertThat(sbom.tool().name()).isEqualTo("lashing");
    assertThat(sbom.serial()).startsWith("urn:uuid:");
  }
}
