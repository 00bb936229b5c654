package dev.lashing.catalog.apk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.distro.OsFixtures;
import dev.lashing.catalog.distro.OsFixtures.Run;
import dev.lashing.image.Image;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.archive.DockerArchiveSource;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.fs.OsDetection;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApkCatalogerTest {
  private static final Pattern PV = Pattern.compile("^P:(.*)\\nV:(.*)$", Pattern.MULTILINE);

  private static Package named(Run run, String name) {
    return run.result().packages().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void parsesFieldsRelationsAndOwnedFiles() throws Exception {
    OsInfo os = new OsInfo("alpine", "3.4.6", null, null, List.of(), "/etc/alpine-release");
    Run run = OsFixtures.run(new ApkCataloger(), OsFixtures.view("catalog/apk/alpine-3.4"), os);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.result().packages()).hasSize(16);
    Package musl = named(run, "musl");
    assertThat(musl.version()).isEqualTo("1.1.14-r10");
    assertThat(musl.purl())
        .isEqualTo("pkg:apk/alpine/musl@1.1.14-r10?arch=x86_64&distro=alpine-3.4.6");
    assertThat(musl.licenses()).containsExactly("MIT");
    assertThat(musl.supplier()).isEqualTo("Timo Teräs <timo.teras@iki.fi>");
    assertThat(musl.sourceName()).isNull();
    Package libssl = named(run, "libssl1.0");
    assertThat(libssl.sourceName()).isEqualTo("openssl");
    assertThat(libssl.purl()).endsWith("&upstream=openssl");
    assertThat(run.result().ownedPaths())
        .contains("/lib/libc.musl-x86_64.so.1", "/lib/ld-musl-x86_64.so.1");
    String busybox = named(run, "busybox").id();
    assertThat(run.result().relationships())
        .anyMatch(r -> r.from().equals(busybox) && r.to().equals(musl.id()));
    assertThat(named(run, "invalidPackageWithoutAVersion").version()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpine-310.tar.gz", "alpine-311.tar.gz"})
  void realAlpineImagesMatchTheirDatabase(String tar) throws Exception {
    Path archive = Path.of("../image/src/test/resources/images/docker-archive", tar);
    try (Image image = DockerArchiveSource.open(archive, null, ImageOptions.defaults())) {
      FileResolver files = FileViews.index(image, Limits.DEFAULTS).squashed();
      OsInfo os = OsDetection.detect(files).orElseThrow();
      Run run = OsFixtures.run(new ApkCataloger(), files, os);
      FileEntry db = files.file("/lib/apk/db/installed").orElseThrow();
      String text = new String(files.read(db, 1 << 24), StandardCharsets.UTF_8);
      Set<String> expected =
          PV.matcher(text)
              .results()
              .map(m -> m.group(1) + "@" + m.group(2))
              .collect(Collectors.toSet());
      Set<String> actual =
          run.result().packages().stream()
              .map(p -> p.name() + "@" + p.version())
              .collect(Collectors.toSet());
      assertThat(actual).isEqualTo(expected).hasSize(14);
      assertThat(run.warnings()).isEmpty();
      Package musl = named(run, "musl");
      assertThat(musl.purl()).startsWith("pkg:apk/alpine/musl@").contains("distro=alpine-3.1");
      assertThat(musl.locations().getFirst().layer()).isNotNull();
      Matcher files1 = Pattern.compile("^R:", Pattern.MULTILINE).matcher(text);
      assertThat(run.result().ownedPaths()).hasSize((int) files1.results().count());
      assertThat(run.result().ownedPaths()).contains("/bin/busybox", "/lib/libc.musl-x86_64.so.1");
    }
  }

  @Test
  void corruptDatabaseIsSkippedWithAWarning(@TempDir Path root) throws Exception {
    Path db = Files.createDirectories(root.resolve("lib/apk/db")).resolve("installed");
    Files.writeString(db, "This is a corrupt db\n\nP:musl\nV:1\n");
    Run run = OsFixtures.run(new ApkCataloger(), OsFixtures.view(root), null);
    assertThat(run.result().packages()).isEmpty();
    assertThat(run.warnings())
        .singleElement()
        .asString()
        .contains("apk-db-cataloger", "/lib/apk/db/installed", "line 1");
  }
}
