package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileViewsTest {

  private static MemoryImage image(boolean gzip) {
    byte[] base =
        new TarBuilder()
            .dir("./")
            .dir("./etc")
            .file("./etc/hostname", "box\n")
            .file("usr/lib/app/big.bin", new byte[100_000], 0755)
            .file("/usr/lib/app/config.yaml", "password: hunter2\n")
            .hardlink("usr/lib/app/again.yaml", "usr/lib/app/config.yaml")
            .build();
    byte[] app =
        new TarBuilder()
            .file("opt/app/lib/a.jar", "PK-a")
            .file("opt/app/lib/b.jar", "PK-b")
            .file("opt/app/README.md", "hello")
            .build();
    return MemoryImage.of(gzip, base, app);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void indexesEntriesWithImpliedParentsAndReadsContent(boolean gzip) throws Exception {
    MemoryImage img = image(gzip);
    ImageFiles files = FileViews.index(img, Limits.DEFAULTS);
    FileResolver fs = files.squashed();

    assertThat(fs.entries().map(FileEntry::path))
        .containsExactly(
            "/",
            "/etc",
            "/etc/hostname",
            "/opt",
            "/opt/app",
            "/opt/app/README.md",
            "/opt/app/lib",
            "/opt/app/lib/a.jar",
            "/opt/app/lib/b.jar",
            "/usr",
            "/usr/lib",
            "/usr/lib/app",
            "/usr/lib/app/again.yaml",
            "/usr/lib/app/big.bin",
            "/usr/lib/app/config.yaml");
    FileEntry host = fs.file("/etc/hostname").orElseThrow();
    assertThat(host.type()).isEqualTo(FileType.REGULAR);
    assertThat(host.mode()).isEqualTo(0644);
    assertThat(host.uid()).isEqualTo(1000);
    assertThat(host.gid()).isEqualTo(1001);
    assertThat(host.location().layer()).isEqualTo(img.layers().get(0).diffId());
    assertThat(host.layerIndex()).isZero();
    assertThat(new String(fs.read(host, 100), StandardCharsets.UTF_8)).isEqualTo("box\n");
    FileEntry jar = fs.file("opt/app/lib/b.jar").orElseThrow();
    assertThat(jar.layerIndex()).isEqualTo(1);
    assertThat(fs.read(jar, 10)).asString().isEqualTo("PK-b");

    FileEntry again = fs.file("/usr/lib/app/again.yaml").orElseThrow();
    assertThat(again.type()).isEqualTo(FileType.HARDLINK);
    assertThat(again.linkTarget()).isEqualTo("/usr/lib/app/config.yaml");
    assertThat(again.size()).isEqualTo(18);
    assertThat(fs.read(again, 100)).asString().isEqualTo("password: hunter2\n");

    assertThat(files.layerStats()).hasSize(2);
    assertThat(files.layerStats().get(0).entries()).isEqualTo(6);
    assertThat(files.layerStats().get(0).uncompressedBytes()).isPositive();
    assertThat(files.layer(1).entries().map(FileEntry::path)).contains("/opt/app/lib/a.jar");
    assertThat(files.layer(1).file("/etc/hostname")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void openIsLazyAndBounded(boolean gzip) throws Exception {
    MemoryImage img = image(gzip);
    FileResolver fs = FileViews.index(img, Limits.DEFAULTS).squashed();
    int before = img.opened.get();
    FileEntry big = fs.file("/usr/lib/app/big.bin").orElseThrow();
    try (InputStream in = fs.open(big)) {
      assertThat(img.opened.get()).isEqualTo(before);
      assertThat(in.readAllBytes()).hasSize(100_000);
    }
    assertThat(img.opened.get()).isEqualTo(before + 1);
    assertThatThrownBy(() -> fs.read(big, 1000))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("/usr/lib/app/big.bin")
        .hasMessageContaining("100000 bytes");
    assertThatThrownBy(() -> fs.open(fs.file("/etc").orElseThrow()))
        .hasMessageContaining("is a directory");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readEachMakesOnePassPerLayer(boolean gzip) throws Exception {
    MemoryImage img = image(gzip);
    FileResolver fs = FileViews.index(img, Limits.DEFAULTS).squashed();
    List<FileEntry> wanted =
        fs.entries().filter(FileEntry::isRegular).toList().reversed(); // any order works
    int before = img.opened.get();
    List<String> seen = new ArrayList<>();
    fs.readEach(
        wanted, (e, in) -> seen.add(e.path() + "=" + in.readNBytes(4).length + "/" + e.size()));
    // again.yaml shares config.yaml's data offset: one extra pass for layer 0
    assertThat(img.opened.get() - before).isEqualTo(3);
    assertThat(seen).hasSize(wanted.size()).contains("/opt/app/lib/a.jar=4/4");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void globAndContentLookup(boolean gzip) throws Exception {
    FileResolver fs = FileViews.index(image(gzip), Limits.DEFAULTS).squashed();
    assertThat(fs.glob("**/*.jar").stream().map(FileEntry::path))
        .containsExactly("/opt/app/lib/a.jar", "/opt/app/lib/b.jar");
    assertThat(fs.glob("/opt/app/*").stream().map(FileEntry::path))
        .containsExactly("/opt/app/README.md", "/opt/app/lib");
    assertThat(fs.glob("usr/lib/app/{config,again}.yaml")).hasSize(2);
    assertThat(fs.glob("/etc/host?ame")).hasSize(1);
    assertThat(fs.glob("/opt/app/lib/[ab].jar")).hasSize(2);
    assertThat(
            fs
                .containing(
                    e -> e.path().endsWith(".yaml"), Pattern.compile("password: \\w+"), 1024)
                .stream()
                .map(FileEntry::path))
        .containsExactly("/usr/lib/app/again.yaml", "/usr/lib/app/config.yaml");
    assertThat(fs.containing(e -> true, Pattern.compile("password"), 4)).isEmpty();
  }
}
