package dev.lashing.vulndb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One upstream vulnerability source: its name, the files it reads, and the parser that turns one of
 * those files into records. Fetching (HTTP with ETag/If-Modified-Since, retries), delta bookkeeping
 * and the store are not the source's business; {@code lashing db import} hands the same parser a
 * local file.
 *
 * <p>What {@link #read} gets: the body with HTTP content-encoding removed, and gzip files ({@code
 * .gz} URLs or imported {@code .gz} files, such as EPSS's {@code epss_scores-current.csv.gz})
 * decompressed as well; zips stay zips.
 */
public interface VulnSource {

  /** Stable name users select with {@code --source} ({@code osv-debian}, {@code kev}, ...). */
  String name();

  /** One line for {@code lashing db info} and {@code --help}. */
  String description();

  /** The upstream files with their real default URLs. */
  List<Feed> feeds();

  /**
   * Reads one fetched or imported file of {@code feed}.
   *
   * @param feed which feed the bytes belong to
   * @param from where the bytes came from (the page URL for a paged API, a file URI for imports)
   * @param in the content, already decompressed at the HTTP level (a zip stays a zip)
   * @param sink where the records go
   * @return the URL of the next page for a paged API (NVD), or null when this was the last
   * @throws VulnDataException when the content is not what the source expects; the message names
   *     the feed and the position (record id, line or entry)
   */
  @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException;

  /**
   * Whether one fetch of a feed (all its pages) is the feed's complete content, so records the
   * store has from this feed and the fetch no longer contains were withdrawn upstream and are
   * deleted. True for file exports; a source reading an incremental API says false.
   */
  default boolean fullExport() {
    return true;
  }

  /**
   * The feed a local file given to {@code lashing db import} belongs to, or null when it is not one
   * of this source's files. The default matches the file name against the last path segment of each
   * feed URL ({@code known_exploited_vulnerabilities.json}); sources whose files have generic names
   * override it and look at the content's first bytes.
   *
   * @param fileName the file's name without directories
   * @param head the file's first bytes (up to 64 KiB)
   */
  default @Nullable Feed feedFor(String fileName, byte[] head) {
    for (Feed feed : feeds()) {
      String path = feed.url().getPath();
      if (path != null && path.substring(path.lastIndexOf('/') + 1).equals(fileName)) {
        return feed;
      }
    }
    return null;
  }
}
