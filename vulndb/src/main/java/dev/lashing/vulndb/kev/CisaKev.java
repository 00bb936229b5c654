package dev.lashing.vulndb.kev;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.List;

/** The CISA KEV catalog source. */
public final class CisaKev {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "kev";

  /** The catalog as CISA publishes it. */
  public static final Feed CATALOG =
      new Feed(
          "catalog",
          URI.create(
              "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"));

  private CisaKev() {}

  /** The source, reading the JSON catalog. */
  public static VulnSource source() {
    return new KevSource(List.of(CATALOG));
  }
}
