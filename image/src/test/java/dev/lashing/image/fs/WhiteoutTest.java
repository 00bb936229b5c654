package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhiteoutTest {

  private static List<String> paths(FileResolver fs) {
    return fs.entries().map(FileEntry::path).toList();
  }

  @Test
  void goContainerRegistryWhiteoutDirectory() throws Exception {
    MemoryImage img =
        Fixtures.image(
            "gcr-whiteout-dir/layer0.tar.gz",
            "gcr-whiteout-dir/layer1.tar.gz",
            "gcr-whiteout-dir/layer2.tar.gz",
            "gcr-whiteout-dir/layer3.tar.gz");
    ImageFiles files = FileViews.index(img, Limits.DEFAULTS);
    // layer 2 deletes a/ (with a/foo); layer 3 re-creates a/ holding only baz
    assertThat(paths(files.squashed())).containsExactly("/", "/a", "/a/baz", "/b", "/b/bar");
    assertThat(files.squashed().file("/a/baz").orElseThrow().layerIndex()).isEqualTo(3);
    // all layers keep the deleted file, but never the whiteout marker
    assertThat(paths(files.allLayers())).contains("/a/foo").doesNotContain("/.wh.a");
    assertThat(paths(files.layer(2))).containsExactly("/");
    assertThat(files.layerStats().get(2).entries()).isEqualTo(1);
  }

  @Test
  void goContainerRegistryWhiteoutFile() throws Exception {
    MemoryImage img =
        Fixtures.image(
            "gcr-whiteout-image/layer0.tar",
            "gcr-whiteout-image/layer1.tar",
            "gcr-whiteout-image/layer2.tar");
    ImageFiles files = FileViews.index(img, Limits.DEFAULTS);
    assertThat(paths(files.squashed())).containsExactly("/", "/bar.txt");
    FileEntry bar = files.squashed().file("/bar.txt").orElseThrow();
    assertThat(bar.mode()).isEqualTo(0555);
    assertThat(files.squashed().read(bar, 10)).asString().isEqualTo("bar\n");
    assertThat(files.allLayers().entries().filter(e -> e.path().equals("/foo.txt"))).hasSize(1);
  }

  @Test
  void opaqueDirectoryHidesLowerContentsButKeepsItsOwn() throws Exception {
    byte[] lower =
        new TarBuilder().file("etc/app/a.conf", "a").file("etc/app/sub/b.conf", "b").build();
    byte[] upper =
        new TarBuilder()
            .dir("etc/app")
            .whiteout("etc/app/.wh..wh..opq")
            .file("etc/app/c.conf", "c")
            .build();
    ImageFiles files = FileViews.index(MemoryImage.of(true, lower, upper), Limits.DEFAULTS);
    assertThat(paths(files.squashed())).containsExactly("/", "/etc", "/etc/app", "/etc/app/c.conf");
    assertThat(paths(files.allLayers())).contains("/etc/app/a.conf", "/etc/app/sub/b.conf");
  }

  @Test
  void whiteoutAppliesToLowerLayersOnly() throws Exception {
    byte[] lower = new TarBuilder().file("x/old", "1").build();
    byte[] upper = new TarBuilder().whiteout("x/.wh.old").file("x/new", "2").build();
    byte[] top = new TarBuilder().file("x/old", "3").build();
    FileResolver fs =
        FileViews.index(MemoryImage.of(false, lower, upper, top), Limits.DEFAULTS).squashed();
    assertThat(paths(fs)).containsExactly("/", "/x", "/x/new", "/x/old");
    assertThat(fs.read(fs.file("/x/old").orElseThrow(), 5)).asString().isEqualTo("3");
  }

  @Test
  void fileReplacesDirectoryAndDirectoryReplacesFile() throws Exception {
    byte[] l0 = new TarBuilder().file("a/inner/deep", "x").file("b", "file").build();
    byte[] l1 = new TarBuilder().file("a", "now a file").dir("b").file("b/child", "y").build();
    FileResolver fs = FileViews.index(MemoryImage.of(true, l0, l1), Limits.DEFAULTS).squashed();
    assertThat(paths(fs)).containsExactly("/", "/a", "/b", "/b/child");
    assertThat(fs.file("/a").orElseThrow().type()).isEqualTo(FileType.REGULAR);
    assertThat(fs.file("/b").orElseThrow().type()).isEqualTo(FileType.DIRECTORY);
  }

  @Test
  void impliedParentKeepsLowerDirectoryMetadata() throws Exception {
    byte[] l0 = new TarBuilder().dir("srv").file("srv/a", "a").build();
    byte[] l1 = new TarBuilder().file("srv/b", "b").build();
    FileResolver fs = FileViews.index(MemoryImage.of(false, l0, l1), Limits.DEFAULTS).squashed();
    FileEntry srv = fs.entry("/srv").orElseThrow();
    assertThat(srv.layerIndex()).isZero();
    assertThat(paths(fs)).containsExactly("/", "/srv", "/srv/a", "/srv/b");
  }

  @Test
  void deletedSymlinkTargetLeavesADanglingLink() throws Exception {
    byte[] l0 = new TarBuilder().file("data/real", "r").symlink("link", "data/real").build();
    byte[] l1 = new TarBuilder().whiteout("data/.wh.real").build();
    FileResolver fs = FileViews.index(MemoryImage.of(true, l0, l1), Limits.DEFAULTS).squashed();
    assertThat(fs.entry("/link")).isPresent();
    assertThat(fs.file("/link")).isEmpty();
  }
}
