package dev.lashing.vulndb.redhat;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.List;

/** The Red Hat CSAF VEX source. */
public final class RedHatCsaf {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "redhat";

  /** Red Hat's VEX directory. */
  public static final URI VEX_BASE =
      URI.create("https://security.access.redhat.com/data/csaf/v2/vex/");

  /** The VEX archive, found through {@code archive_latest.txt}. */
  public static final Feed VEX = new Feed("vex", VEX_BASE.resolve("archive_latest.txt"));

  private RedHatCsaf() {}

  /** The source reading the VEX archive. */
  public static VulnSource source() {
    return new RedHatCsafSource(List.of(VEX));
  }

  /**
   * The ecosystem for a Red Hat product CPE ({@code cpe:/o:redhat:enterprise_linux:9::baseos} →
   * {@code Red Hat:enterprise_linux:9}), or null when it is not a Red Hat CPE.
   */
  public static @org.jspecify.annotations.Nullable String ecosystem(String cpe) {
    return RedHatEcosystems.fromCpe(cpe);
  }
}
