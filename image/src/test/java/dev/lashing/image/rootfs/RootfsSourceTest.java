package dev.lashing.image.rootfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileType;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.fs.ImageFiles;
import dev.lashing.model.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsSourceTest {
  @TempDir Path tmp;

  @Test
  void directoryIsAnImageWithoutLayersWhoseLinksStayInside() throws Exception {
    Path outside = Files.writeString(tmp.resolve("outside-secret"), "host secret");
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/passwd"), "root:x:0:0\n");
    Files.setPosixFilePermissions(
        root.resolve("etc/passwd"), PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(root.resolve("escape"), outside);
    Files.createSymbolicLink(root.resolve("up"), Path.of("../../../../etc/passwd"));
    Files.createSymbolicLink(root.resolve("hostdir"), tmp);

    Image img = RootfsSource.open(root);
    assertThat(img.kind()).isEqualTo(Image.Kind.DIRECTORY);
    assertThat(img.layers()).isEmpty();
    assertThat(img.config()).isEqualTo(ImageConfig.EMPTY);
    assertThat(img.platform()).isEqualTo(Platform.host());
    assertThat(img.rootDirectory()).isEqualTo(root.toRealPath());

    ImageFiles files = FileViews.index(img, Limits.DEFAULTS);
    FileResolver fs = files.squashed();
    assertThat(files.layerStats()).isEmpty();
    assertThat(files.allLayers()).isSameAs(fs);
    assertThat(fs.entries().map(FileEntry::path))
        .containsExactly("/", "/escape", "/etc", "/etc/passwd", "/hostdir", "/up");
    FileEntry passwd = fs.file("/up").orElseThrow();
    assertThat(passwd.path()).isEqualTo("/etc/passwd");
    assertThat(passwd.mode()).isEqualTo(0640);
    assertThat(passwd.location().layer()).isNull();
    assertThat(passwd.layerIndex()).isEqualTo(-1);
    assertThat(fs.read(passwd, 100)).asString().isEqualTo("root:x:0:0\n");
    // an absolute link to a host path is taken inside the root, where it does not exist
    assertThat(fs.entry("/escape").orElseThrow().type()).isEqualTo(FileType.SYMLINK);
    assertThat(fs.file("/escape")).isEmpty();
    assertThat(fs.file("/hostdir/outside-secret")).isEmpty();
    assertThatThrownBy(() -> fs.open(fs.entry("/escape").orElseThrow()))
        .hasMessageContaining("resolve it with file() first");
  }

  @Test
  void refusesWhatIsNotADirectory() throws Exception {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> RootfsSource.open(file))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("not a directory");
    assertThatThrownBy(() -> RootfsSource.open(tmp.resolve("missing")))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("no such directory");
  }

  @Test
  void maxEntriesAppliesToDirectories() throws Exception {
    for (int i = 0; i < 5; i++) {
      Files.writeString(tmp.resolve("f" + i), "x");
    }
    assertThatThrownBy(
            () -> FileViews.index(RootfsSource.open(tmp), new Limits(3, 1 << 20, 1 << 30, 1 << 20)))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("more than 3 entries");
  }
}
