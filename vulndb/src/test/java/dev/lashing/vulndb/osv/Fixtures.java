package dev.lashing.vulndb.osv;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The OSV fixture files, zips made of them, and a sink that keeps what it gets. */
public final class Fixtures {

  private Fixtures() {}

  /** The folder with the real OSV records of {@code SOURCES.md}. */
  public static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/vulndb/osv/SOURCES.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path file(String name) {
    return dir().resolve(name);
  }

  /** A zip shaped like osv.dev's {@code all.zip}: one {@code ID.json} entry per record. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The named fixtures as zip entries. */
  public static Map<String, byte[]> entries(String... names) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String n : names) {
      try {
        m.put(n, Files.readAllBytes(file(n)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return m;
  }

  /** Keeps advisories and warnings. */
  public static final class Collect implements RecordSink {
    public final List<Advisory> advisories = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void advisory(Advisory advisory) {
      advisories.add(advisory);
    }

    @Override
    public void kev(Kev kev) {}

    @Override
    public void epss(Epss epss) {}

    @Override
    public void warning(String message) {
      warnings.add(message);
    }

    public Advisory get(String id) {
      return advisories.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
  }
}
