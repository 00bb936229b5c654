package dev.lashing.vulndb.redhat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.ZstdInputStream;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code archive_latest.txt} (→ the archive URL), a {@code .tar.zst} archive of CSAF
 * documents, or one CSAF JSON document, depending on the path of {@code from}.
 */
final class RedHatCsafSource implements VulnSource {

  /** The largest single CSAF document read (Red Hat's biggest VEX files are tens of MB). */
  static final long MAX_DOCUMENT = 256L << 20;

  private static final int MAX_ENTRIES = 2_000_000;

  private final List<Feed> feeds;

  RedHatCsafSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return RedHatCsaf.NAME;
  }

  @Override
  public String description() {
    return "Red Hat CSAF VEX: fixed, affected and not-affected rpms per RHEL release";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = RedHatCsaf.NAME + " feed " + feed.name() + " (" + from + ")";
    String path = from.getPath() == null ? "" : from.getPath().toLowerCase(Locale.ROOT);
    if (path.endsWith(".txt")) {
      return archiveUri(from, in, where);
    }
    if (path.endsWith(".tar.zst")) {
      readArchive(in, sink, where);
      return null;
    }
    document(in, sink, where);
    return null;
  }

  private static URI archiveUri(URI from, InputStream in, String where)
      throws IOException, VulnDataException {
    byte[] head = in.readNBytes(1024);
    String text = new String(head, StandardCharsets.UTF_8).strip();
    String name = text.lines().findFirst().orElse("").strip();
    if (!name.matches("[A-Za-z0-9_.-]{1,200}\\.tar\\.zst")) {
      throw new VulnDataException(
          where
              + " line 1: expected an archive file name (*.tar.zst), found '"
              + FeedJson.clip(name)
              + "'");
    }
    return from.resolve(name);
  }

  private static void readArchive(InputStream in, RecordSink sink, String where)
      throws IOException, VulnDataException {
    int entries = 0;
    try (ZstdInputStream zstd = new ZstdInputStream(in);
        TarArchiveInputStream tar = new TarArchiveInputStream(zstd)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new VulnDataException(where + ": more than " + MAX_ENTRIES + " archive entries");
        }
        if (!entry.isFile() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
          continue;
        }
        String here = where + " entry " + FeedJson.clip(entry.getName());
        if (entry.getSize() > MAX_DOCUMENT) {
          throw new VulnDataException(here + ": larger than " + MAX_DOCUMENT + " bytes");
        }
        document(new Bounded(tar, MAX_DOCUMENT, here), sink, here);
      }
    } catch (com.github.luben.zstd.ZstdIOException e) {
      throw new VulnDataException(
          where + ": broken zstd stream: " + FeedJson.clip(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new VulnDataException(
          where + ": broken tar archive: " + FeedJson.clip(e.getMessage()), e);
    } catch (IOException e) {
      if (e.getCause() instanceof VulnDataException v) {
        throw v;
      }
      if (e.getClass().getName().startsWith("org.apache.commons.compress")
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("tar")) {
        throw new VulnDataException(
            where + ": broken tar archive: " + FeedJson.clip(e.getMessage()), e);
      }
      throw e;
    }
  }

  private static void document(InputStream in, RecordSink sink, String where)
      throws IOException, VulnDataException {
    JsonNode root;
    try {
      root = FeedJson.JSON.readTree(new Bounded(in, MAX_DOCUMENT, where));
    } catch (JacksonException e) {
      throw new VulnDataException(
          where + ": malformed JSON at " + FeedJson.at(e) + ": " + FeedJson.reason(e), e);
    } catch (IOException e) {
      if (e.getCause() instanceof VulnDataException v) {
        throw v;
      }
      throw e;
    }
    if (root == null || !root.isObject()) {
      throw new VulnDataException(where + ": not a CSAF document (a JSON object)");
    }
    for (Advisory a : CsafDocument.advisories(root, where)) {
      sink.advisory(a);
    }
  }

  /** Fails with a VulnDataException (wrapped, as streams must throw IOException) past a cap. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private final String where;
    private long read;

    Bounded(InputStream in, long max, String where) {
      super(in);
      this.max = max;
      this.where = where;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // the archive stream stays open for the next entry
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        throw new IOException(
            new VulnDataException(where + ": document larger than " + max + " bytes"));
      }
    }
  }
}
