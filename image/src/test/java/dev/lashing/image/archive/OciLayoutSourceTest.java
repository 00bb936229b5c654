package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Compression;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.model.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads real and generated OCI image layouts, as directories and as tars. */
class OciLayoutSourceTest {
  private static final ImageOptions AMD64 =
      ImageOptions.defaults().withPlatform(Platform.parse("linux/amd64"));

  @TempDir Path tmp;

  @Test
  void readsTrivyLayoutDirectory() throws Exception {
    Path dir = Fixtures.resource("oci-layout/test.oci");
    try (Image image = OciLayoutSource.open(dir, null, AMD64)) {
      assertThat(image.kind()).isEqualTo(Image.Kind.OCI_LAYOUT);
      assertThat(image.manifestDigest().hex())
          .isEqualTo("afb744871f99e0ff8e6f253244836ed34c5d805fdb096d3a205ffaf5e9073cab");
      assertThat(image.tags()).isEmpty();
      assertThat(Fixtures.entries(image, image.layers().getFirst())).contains("hello");
    }
  }

  @Test
  void selectsByRefNameOrByReferenceEndingInIt() throws Exception {
    Path dir = Fixtures.resource("oci-layout/test_image_tag.oci");
    for (String tag : new String[] {"0.0.1", "example.com/hello:0.0.1", null}) {
      try (Image image = ArchiveSources.open(dir, tag, AMD64)) {
        assertThat(image.tags()).containsExactly("0.0.1");
      }
    }
    assertThatThrownBy(() -> OciLayoutSource.open(dir, "0.0.2", AMD64))
        .isInstanceOf(ImageException.class)
        .hasMessage(dir + ": index.json: no image tagged '0.0.2' (available: 0.0.1)");
  }

  @Test
  void nestedIndexPicksPlatform() throws Exception {
    Path dir = Fixtures.resource("oci-layout/multiplatform_oci_dir");
    for (String arch : new String[] {"amd64", "arm64"}) {
      ImageOptions o = ImageOptions.defaults().withPlatform(Platform.parse("linux/" + arch));
      try (Image image = ArchiveSources.open(dir, "multi-platform:latest", o)) {
        assertThat(image.platform().architecture()).isEqualTo(arch);
        assertThat(image.tags()).containsExactly("latest");
        Fixtures.drain(image, image.layers().getFirst());
      }
    }
    ImageOptions s390 = ImageOptions.defaults().withPlatform(Platform.parse("linux/s390x"));
    assertThatThrownBy(() -> ArchiveSources.open(dir, null, s390))
        .hasMessageContaining("no image for platform linux/s390x (offered: linux/amd64,");
  }

  @Test
  void layoutAsTar() throws Exception {
    Path tar = Fixtures.resource("oci-layout/valid-oci.tar");
    try (Image image = ArchiveSources.open(tar, null, AMD64)) {
      assertThat(image.kind()).isEqualTo(Image.Kind.OCI_LAYOUT);
      assertThat(image.layers()).isNotEmpty();
    }
  }

  @Test
  void severalTaggedEntriesNeedATag() throws Exception {
    Path dir = Fixtures.resource("oci-layout/gcr_test_index");
    assertThatThrownBy(() -> OciLayoutSource.open(dir, null, AMD64))
        .hasMessage(
            dir
                + ": index.json: holds 4 images and none for platform linux/amd64;"
                + " name one by tag (available: 1, 2, 3, 4)");
    assertThatThrownBy(() -> OciLayoutSource.open(dir, "2", AMD64))
        .hasMessageContaining("unsupported media type 'application/vnd.oci.descriptor.v1+json'");
  }

  @Test
  void generatedLayoutsWithEachCompressionAsDirTarAndTarGz() throws Exception {
    byte[] plain = TarWriter.layer("z");
    Object[][] cases = {
      {MediaTypes.OCI_LAYER, plain, Compression.NONE},
      {MediaTypes.OCI_LAYER_GZIP, TarWriter.gzip(plain), Compression.GZIP},
      {MediaTypes.OCI_LAYER_ZSTD, TarWriter.zstd(plain), Compression.ZSTD},
    };
    int n = 0;
    for (Object[] c : cases) {
      OciLayouts layout = OciLayouts.image((String) c[0], "v1", plain, (byte[]) c[1]);
      Path dir = layout.writeDir(tmp.resolve("dir" + n));
      Path tar = Fixtures.write(tmp, "l" + n + ".tar", layout.toTar());
      Path tgz = Fixtures.write(tmp, "l" + n + ".tgz", TarWriter.gzip(layout.toTar()));
      n++;
      for (Path p : new Path[] {dir, tar, tgz}) {
        try (Image image = ArchiveSources.open(p, "v1", AMD64)) {
          assertThat(image.kind()).isEqualTo(Image.Kind.OCI_LAYOUT);
          assertThat(image.layers().getFirst().compression()).isEqualTo(c[2]);
          assertThat(Fixtures.entries(image, image.layers().getFirst())).contains("etc/z");
        }
        try (Image image = OciLayoutSource.open(p, null, AMD64)) {
          assertThat(image.tags()).containsExactly("v1");
        }
      }
    }
  }
}
