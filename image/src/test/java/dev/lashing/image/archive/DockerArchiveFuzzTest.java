package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import java.io.IOException;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The docker-archive {@code manifest.json} parser and the outer-tar index fail only with one-line
 * {@link ImageException}s or {@link IOException}s. In a normal build Jazzer replays the seeds in
 * {@code DockerArchiveFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class DockerArchiveFuzzTest {
  private static final int MAX_INPUT = 1 << 18;
  private static final Limits LIMITS = new Limits(10_000, 1L << 20, 1L << 24, 1 << 16);

  @FuzzTest(maxDuration = "30s")
  void manifestJson(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      for (DockerManifest m : DockerManifest.parse(data, "fuzz")) {
        assertThat(m.config()).doesNotStartWith("/").doesNotContain("..");
        m.layers().forEach(l -> assertThat(l).doesNotStartWith("/").doesNotContain("/../"));
      }
    } catch (ImageException e) {
      assertOneLine(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void tarIndex(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    TarIndex index;
    try {
      index = TarIndex.read(new SeekableInMemoryByteChannel(data), "fuzz", LIMITS);
    } catch (ImageException e) {
      assertOneLine(e);
      return;
    }
    for (String name : new String[] {"manifest.json", "index.json", "oci-layout", "a/layer.tar"}) {
      try {
        TarIndex.Entry e = index.resolve(name);
        if (e != null) {
          assertThat(e.offset() + e.size()).isLessThanOrEqualTo(data.length);
        }
      } catch (IOException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      }
    }
  }

  private static void assertOneLine(Exception e) {
    assertThat(e.getMessage()).isNotBlank().startsWith("fuzz").doesNotContain("\n");
  }
}
