package dev.lashing.vulndb.osv;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
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
   * Reads the export, a zip of records; every record goes to this source whatever ecosystems it
   * names. Anything but a zip is refused (an error page or an empty body must not read as an export
   * without records, which would delete the source's records).
   */
  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    String label = OsvFiles.label(from);
    if (!OsvReader.isZip(buffered)) {
      throw new VulnDataException(label + ": not a zip archive (expected an OSV all.zip export)");
    }
    OsvReader.readZip(buffered, label, r -> name, sink);
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
