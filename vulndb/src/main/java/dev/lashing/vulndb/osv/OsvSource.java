package dev.lashing.vulndb.osv;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One OSV ecosystem's {@code all.zip} export as a source ({@code osv-maven}, ...). */
final class OsvSource implements VulnSource {

  private final String ecosystem;
  private final String name;
  private final Feed feed;

  OsvSource(String ecosystem, String name, URI url) {
    this.ecosystem = ecosystem;
    this.name = name;
    this.feed = new Feed("all", url);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "OSV advisories for " + ecosystem + " (osv.dev all.zip export)";
  }

  @Override
  public List<Feed> feeds() {
    return List.of(feed);
  }

  /**
   * Reads the export (a zip of records) or, for imports, a single OSV JSON/YAML record file; every
   * record goes to this source whatever ecosystems it names.
   */
  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    String label = OsvFiles.label(from);
    if (OsvReader.isZip(buffered)) {
      OsvReader.readZip(buffered, label, r -> name, sink);
    } else {
      OsvReader.readRecord(buffered, label, OsvReader.isYaml(label), r -> name, sink);
    }
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
