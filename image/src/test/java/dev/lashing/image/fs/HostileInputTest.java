package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileInputTest {

  private static ImageException failure(Limits limits, boolean gzip, byte[]... tars) {
    MemoryImage img = MemoryImage.of(gzip, tars);
    ImageException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ImageException.class, () -> FileViews.index(img, limits));
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "/../x", "a/../../x", "./../y"})
  void namesEscapingTheRootAreRefused(String name) {
    byte[] tar = new TarBuilder().file("ok", "fine").file(name, "evil").build();
    ImageException e = failure(Limits.DEFAULTS, true, tar);
    assertThat(e.getMessage())
        .startsWith("layer sha256:")
        .contains("'" + name + "'")
        .endsWith("path escapes the image root");
  }

  @Test
  void hardlinksMustPointToAnEarlierFileOfTheLayer() {
    byte[] escaping = new TarBuilder().file("a", "x").hardlink("b", "../../a").build();
    assertThat(failure(Limits.DEFAULTS, false, escaping).getMessage())
        .contains("entry 'b': hard link target '../../a' escapes the root");
    byte[] forward = new TarBuilder().hardlink("b", "a").file("a", "x").build();
    assertThat(failure(Limits.DEFAULTS, false, forward).getMessage())
        .contains("entry 'b': hard link target 'a' is not an earlier entry of the layer");
    byte[] lower = new TarBuilder().file("a", "x").build();
    byte[] upper = new TarBuilder().hardlink("b", "a").build();
    ImageException e = failure(Limits.DEFAULTS, false, lower, upper);
    assertThat(e.getMessage()).contains("is not an earlier entry of the layer");
    byte[] toDir = new TarBuilder().dir("d").hardlink("b", "d").build();
    assertThat(failure(Limits.DEFAULTS, false, toDir).getMessage())
        .contains("is a directory, not a regular file");
  }

  @Test
  void devicesAndFifosAreIndexedButNeverRead() throws Exception {
    byte[] tar =
        new TarBuilder()
            .special("dev/null", TarConstants.LF_CHR)
            .special("dev/sda", TarConstants.LF_BLK)
            .special("run/fifo", TarConstants.LF_FIFO)
            .build();
    FileResolver fs = FileViews.index(MemoryImage.of(true, tar), Limits.DEFAULTS).squashed();
    assertThat(fs.entry("/dev/null").orElseThrow().type()).isEqualTo(FileType.CHAR_DEVICE);
    assertThat(fs.entry("/dev/sda").orElseThrow().type()).isEqualTo(FileType.BLOCK_DEVICE);
    FileEntry fifo = fs.entry("/run/fifo").orElseThrow();
    assertThat(fifo.type()).isEqualTo(FileType.FIFO);
    for (FileEntry e : fs.entries().filter(e -> !e.isDirectory()).toList()) {
      assertThatThrownBy(() -> fs.open(e))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(e.path())
          .hasMessageContaining("device files and FIFOs are never read");
    }
  }

  @Test
  void tooManyEntriesAcrossLayers() {
    byte[] l0 = new TarBuilder().file("a", "1").file("b", "2").build();
    byte[] l1 = new TarBuilder().file("c", "3").file("d", "4").build();
    Limits limits = new Limits(3, 1 << 20, 1 << 30, 1 << 20);
    assertThat(failure(limits, true, l0, l1).getMessage())
        .startsWith("layer sha256:")
        .endsWith("more than 3 entries in the image (maxEntries)");
  }

  @Test
  void entryLargerThanTheLimit() {
    byte[] tar = new TarBuilder().file("big", new byte[5000], 0644).build();
    Limits limits = new Limits(100, 4096, 1 << 30, 1 << 20);
    assertThat(failure(limits, true, tar).getMessage())
        .contains(
            "entry 'big': 5000 bytes, over the limit of 4096 bytes per entry (maxEntryBytes)");
  }

  @Test
  void totalUncompressedSizeOverTheLimit() {
    byte[] l0 = new TarBuilder().file("a", new byte[30_000], 0644).build();
    byte[] l1 = new TarBuilder().file("b", new byte[30_000], 0644).build();
    Limits limits = new Limits(100, 1 << 20, 50_000, 1 << 20);
    assertThat(failure(limits, true, l0, l1).getMessage())
        .startsWith("layer sha256:")
        .contains("exceeds the limit of 50000 bytes (maxTotalBytes)");
  }

  @Test
  void truncatedGzipLayerNamesTheLayer() {
    byte[] tar = new TarBuilder().file("a", new byte[50_000], 0644).build();
    byte[] gz = MemoryImage.gzip(tar);
    MemoryImage img = new MemoryImage().add(tar, Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> FileViews.index(img, Limits.DEFAULTS))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith("layer " + img.layers().getFirst().digest());
  }

  @Test
  void corruptedLayerFailsTheDigestCheck() {
    byte[] tar = new TarBuilder().file("a", "content").build();
    byte[] tampered = tar.clone();
    tampered[600] ^= 1; // inside the data of "a"
    MemoryImage img = new MemoryImage().add(tar, tar, tampered);
    assertThatThrownBy(() -> FileViews.index(img, Limits.DEFAULTS))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith("layer " + img.layers().getFirst().digest())
        .hasMessageContaining("digest mismatch");
  }

  @Test
  void garbageIsAnImageException() {
    byte[] junk = new byte[2048];
    Arrays.fill(junk, (byte) 'x');
    MemoryImage img = new MemoryImage().add(junk, junk);
    assertThatThrownBy(() -> FileViews.index(img, Limits.DEFAULTS))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith("layer sha256:");
  }
}
