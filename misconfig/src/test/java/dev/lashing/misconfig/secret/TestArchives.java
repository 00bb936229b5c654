package dev.lashing.misconfig.secret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds docker-archive tars ({@code docker save} layout) in tests, layer by layer. */
final class TestArchives {
  private static final java.util.Date FIXED_TIME = new java.util.Date(1_700_000_000_000L);

  private TestArchives() {}

  /** A tar of files; a name ending in {@code /} is a directory, content null means a whiteout. */
  static byte[] tar(String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes)) {
      t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int i = 0; i < namesAndContents.length; i += 2) {
        String name = namesAndContents[i];
        byte[] c = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setModTime(FIXED_TIME); // reproducible bytes, so tests can compute diff ids
        if (!name.endsWith("/")) {
          e.setSize(c.length);
        }
        t.putArchiveEntry(e);
        if (!name.endsWith("/")) {
          t.write(c);
        }
        t.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes a docker-archive with {@code layers} (plain tars) and one history entry per layer
   * ({@code createdBy}), plus the given config JSON fields.
   */
  static Path write(Path file, List<byte[]> layers, List<String> createdBy, String configFields)
      throws IOException {
    List<String> diffIds = new ArrayList<>();
    StringBuilder history = new StringBuilder();
    for (int i = 0; i < layers.size(); i++) {
      diffIds.add("\"sha256:" + sha256(layers.get(i)) + "\"");
      history
          .append(i == 0 ? "" : ",")
          .append("{\"created_by\":")
          .append(quote(createdBy.get(i)))
          .append('}');
    }
    String config =
        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{"
            + configFields
            + "},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
            + String.join(",", diffIds)
            + "]},\"history\":["
            + history
            + "]}";
    List<String> names = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (byte[] l : layers) {
      String n = sha256(l) + "/layer.tar";
      names.add(n);
      entries.add(n);
    }
    byte[] cfg = config.getBytes(StandardCharsets.UTF_8);
    String cfgName = sha256(cfg) + ".json";
    String manifest =
        "[{\"Config\":"
            + quote(cfgName)
            + ",\"RepoTags\":[\"lashing/secret-test:1\"],\"Layers\":["
            + String.join(",", names.stream().map(TestArchives::quote).toList())
            + "]}]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes)) {
      put(t, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
      put(t, cfgName, cfg);
      for (int i = 0; i < layers.size(); i++) {
        put(t, entries.get(i), layers.get(i));
      }
    }
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static void put(TarArchiveOutputStream t, String name, byte[] content)
      throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(content.length);
    t.putArchiveEntry(e);
    t.write(content);
    t.closeArchiveEntry();
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
