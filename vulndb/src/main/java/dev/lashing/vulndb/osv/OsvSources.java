package dev.lashing.vulndb.osv;

import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.Locale;

/**
 * The OSV sources: one per ecosystem, named {@code osv-} + the ecosystem lower-cased ({@code
 * osv-pypi}, {@code osv-crates.io}), each reading {@code
 * https://osv-vulnerabilities.storage.googleapis.com/<Ecosystem>/all.zip}. One source per ecosystem
 * (rather than one {@code osv} source with a feed each) lets a user update or drop one ecosystem,
 * and {@code db info} shows each ecosystem's record count and age.
 */
public final class OsvSources {

  /** The bucket osv.dev publishes its exports in. */
  public static final String BASE = "https://osv-vulnerabilities.storage.googleapis.com/";

  private OsvSources() {}

  /** The source for one OSV ecosystem (any ecosystem osv.dev exports, not only the defaults). */
  public static VulnSource forEcosystem(String ecosystem) {
    return new OsvSource(
        ecosystem,
        sourceName(ecosystem),
        URI.create(BASE + ecosystem.replace(" ", "%20") + "/all.zip"));
  }

  /** {@code osv-} + the ecosystem without release, lower-cased, spaces as dashes. */
  public static String sourceName(String ecosystem) {
    int colon = ecosystem.indexOf(':');
    String base = colon < 0 ? ecosystem : ecosystem.substring(0, colon);
    return "osv-" + base.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
