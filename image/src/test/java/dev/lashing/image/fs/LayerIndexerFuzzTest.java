package dev.lashing.image.fs;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import java.io.IOException;
import java.io.InputStream;

/**
 * Arbitrary bytes as a layer tar: indexing may only fail with an {@link ImageException}, and an
 * indexed layer's views and contents must be usable. Runs the seeds under {@code
 * LayerIndexerFuzzTestInputs/indexLayer/} in the normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LayerIndexerFuzzTest {
  private static final Limits LIMITS = new Limits(10_000, 1 << 20, 16 << 20, 1 << 20);

  @FuzzTest(maxDuration = "60s")
  void indexLayer(byte[] data) throws IOException {
    MemoryImage img = new MemoryImage().add(data, data);
    ImageFiles files;
    try {
      files = FileViews.index(img, LIMITS);
    } catch (ImageException expected) {
      return;
    }
    FileResolver fs = files.squashed();
    for (FileEntry e : fs.entries().toList()) {
      fs.file(e.path());
      fs.entry(e.path());
      if (e.isRegular()) {
        try (InputStream in = fs.open(e)) {
          if (in.readAllBytes().length != e.size()) {
            throw new IllegalStateException("content of " + e.path() + " is not its size");
          }
        } catch (IOException sparse) {
          if (!sparse.getMessage().contains("sparse")) {
            throw sparse;
          }
        }
      }
    }
    files.allLayers().glob("**/*");
  }
}
