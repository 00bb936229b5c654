package dev.lashing.vulndb.epss;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.List;

/** The FIRST EPSS source. */
public final class FirstEpss {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "epss";

  /** Today's scores for every CVE, as FIRST publishes them. */
  public static final Feed CURRENT =
      new Feed(
          "current", URI.create("https://epss.empiricalsecurity.com/epss_scores-current.csv.gz"));

  private FirstEpss() {}

  /** The source, reading the daily CSV. */
  public static VulnSource source() {
    return new EpssSource(List.of(CURRENT));
  }
}
