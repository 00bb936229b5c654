package dev.lashing.image.archive;

import com.github.luben.zstd.Zstd;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds tar archives in memory for tests: files, directories, symlinks and hardlinks. */
final class TarWriter {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

  TarWriter() {
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
  }

  TarWriter file(String name, byte[] content) {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(content.length);
    return put(e, content);
  }

  TarWriter file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  TarWriter dir(String name) {
    return put(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"), new byte[0]);
  }

  TarWriter symlink(String name, String target) {
    TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
    e.setLinkName(target);
    return put(e, new byte[0]);
  }

  TarWriter hardlink(String name, String target) {
    TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK);
    e.setLinkName(target);
    return put(e, new byte[0]);
  }

  private TarWriter put(TarArchiveEntry e, byte[] content) {
    try {
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
      return this;
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  byte[] toBytes() {
    try {
      tar.close();
      return bytes.toByteArray();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return out.toByteArray();
  }

  static byte[] zstd(byte[] data) {
    return Zstd.compress(data);
  }

  static Digest sha256(byte[] data) {
    return OciDocuments.sha256(data);
  }

  /** A small layer: a tar holding {@code etc/NAME} with some text. */
  static byte[] layer(String name) {
    return new TarWriter()
        .dir("etc")
        .file("etc/" + name, "content of " + name + "\n".repeat(100))
        .toBytes();
  }

  static String config(Digest... diffIds) {
    StringBuilder ids = new StringBuilder();
    StringBuilder history = new StringBuilder();
    for (Digest d : diffIds) {
      ids.append(ids.isEmpty() ? "" : ",").append('"').append(d).append('"');
      history
          .append(history.isEmpty() ? "" : ",")
          .append("{\"created_by\":\"ADD layer ")
          .append(d.shortHex())
          .append("\"}");
    }
    return "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Env\":[\"PATH=/bin\"]},"
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
        + ids
        + "]},\"history\":["
        + history
        + "]}";
  }
}
