package dev.lashing.vulndb.debian;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The Debian security tracker source. */
public final class DebianTracker {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "debian";

  /** The tracker's full JSON export. */
  public static final Feed TRACKER =
      new Feed("tracker", URI.create("https://security-tracker.debian.org/tracker/data/json"));

  /** Codename → the release part of the ecosystem ({@code bookworm} → {@code 12}). */
  public static final Map<String, String> RELEASES =
      Map.ofEntries(
          Map.entry("wheezy", "7"),
          Map.entry("jessie", "8"),
          Map.entry("stretch", "9"),
          Map.entry("buster", "10"),
          Map.entry("bullseye", "11"),
          Map.entry("bookworm", "12"),
          Map.entry("trixie", "13"),
          Map.entry("forky", "14"),
          Map.entry("duke", "15"),
          Map.entry("sid", "unstable"));

  private DebianTracker() {}

  /** The source reading the tracker's JSON export. */
  public static VulnSource source() {
    return new DebianTrackerSource(List.of(TRACKER));
  }

  /** {@code Debian:12} for {@code bookworm}; {@code Debian:<codename>} for an unknown one. */
  public static String ecosystem(String codename) {
    return "Debian:" + RELEASES.getOrDefault(codename, codename);
  }
}
