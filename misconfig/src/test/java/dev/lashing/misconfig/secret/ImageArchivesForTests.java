package dev.lashing.misconfig.secret;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A one-layer docker-archive with the given config fields and history step (for other packages).
 */
public final class ImageArchivesForTests {
  private ImageArchivesForTests() {}

  public static Path write(Path file, String configFields, String createdBy) throws IOException {
    byte[] layer = TestArchives.tar("etc/", "", "etc/hostname", "box\n");
    return TestArchives.write(file, List.of(layer), List.of(createdBy), configFields);
  }
}
