package dev.lashing.image.archive;

import dev.lashing.image.Image;
import dev.lashing.image.Layer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Locates copied fixtures on the test classpath and reads layers back. */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    URL url = Fixtures.class.getResource("/images/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource images/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Streams a layer to the end (running both digest checks) and returns its entry names. */
  static List<String> entries(Image image, Layer layer) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = image.openLayer(layer)) {
      TarArchiveInputStream tar = new TarArchiveInputStream(in);
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        names.add(e.getName());
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return names;
  }

  /** Reads a layer to the end, returning nothing; for tests that expect the read to fail. */
  static void drain(Image image, Layer layer) throws IOException {
    try (InputStream in = image.openLayer(layer)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }
}
