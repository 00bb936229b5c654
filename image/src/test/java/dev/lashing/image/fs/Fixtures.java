package dev.lashing.image.fs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Loads the copied fixtures under {@code src/test/resources/fs} (see SOURCES.md there). */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing fixture /fs/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An image whose layers are the given fixture blobs (gzip or plain tar), bottom first. */
  static MemoryImage image(String... blobs) {
    MemoryImage img = new MemoryImage();
    for (String b : blobs) {
      byte[] blob = bytes(b);
      img.add(b.endsWith(".gz") ? gunzip(blob) : blob, blob);
    }
    return img;
  }

  static byte[] gunzip(byte[] blob) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(blob))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
