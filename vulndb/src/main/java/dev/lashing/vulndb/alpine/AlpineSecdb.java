package dev.lashing.vulndb.alpine;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The Alpine secdb source: its release list and feeds. */
public final class AlpineSecdb {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "alpine";

  /** Where secdb is published. */
  public static final URI BASE = URI.create("https://secdb.alpinelinux.org/");

  /** The releases read by default, oldest first (secdb keeps publishing these). */
  public static final List<String> RELEASES =
      List.of(
          "v3.10", "v3.11", "v3.12", "v3.13", "v3.14", "v3.15", "v3.16", "v3.17", "v3.18", "v3.19",
          "v3.20", "v3.21", "v3.22", "edge");

  /** The repositories of each release. */
  public static final List<String> REPOSITORIES = List.of("main", "community");

  private AlpineSecdb() {}

  /** The source over every default release and repository. */
  public static VulnSource source() {
    return new AlpineSecdbSource(feeds(RELEASES));
  }

  /**
   * One feed per release and repository, named {@code <release>-<repo>} ({@code v3.20-main}) with
   * URL {@code https://secdb.alpinelinux.org/<release>/<repo>.json}.
   */
  public static List<Feed> feeds(List<String> releases) {
    List<Feed> feeds = new ArrayList<>();
    for (String release : releases) {
      for (String repo : REPOSITORIES) {
        feeds.add(new Feed(release + "-" + repo, BASE.resolve(release + "/" + repo + ".json")));
      }
    }
    return List.copyOf(feeds);
  }
}
