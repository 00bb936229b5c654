package dev.lashing.vulndb.debian;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.support.FeedJson;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the tracker says about one source package in one release for one CVE, kept compact until the
 * CVE's advisory is written.
 */
record DebianRow(
    String ecosystem,
    String pkg,
    AffectedStatus status,
    @Nullable String fixed,
    @Nullable String urgency,
    @Nullable String note) {

  /** Urgencies from least to most severe, for the advisory's overall severity. */
  static final List<String> URGENCY_ORDER = List.of("unimportant", "low", "medium", "high");

  /** The row for {@code release} (the tracker's per-release object). */
  static DebianRow of(String codename, String pkg, JsonNode release) {
    String status = orEmpty(FeedJson.text(release, "status")).strip().toLowerCase(Locale.ROOT);
    String fixed = FeedJson.text(release, "fixed_version");
    String rawUrgency = orEmpty(FeedJson.text(release, "urgency")).strip();
    String urgency = urgency(rawUrgency);
    String nodsa = FeedJson.text(release, "nodsa");
    String reason = orEmpty(FeedJson.text(release, "nodsa_reason")).strip();
    String ecosystem = DebianTracker.ecosystem(codename);
    return switch (status) {
      case "resolved" ->
          fixed == null || fixed.isBlank()
              ? new DebianRow(
                  ecosystem, pkg, AffectedStatus.UNFIXED, null, urgency, "resolved without version")
              : fixed.strip().equals("0")
                  ? new DebianRow(ecosystem, pkg, AffectedStatus.NOT_AFFECTED, null, urgency, null)
                  : new DebianRow(
                      ecosystem, pkg, AffectedStatus.AFFECTED, fixed.strip(), urgency, null);
      case "not-affected" ->
          new DebianRow(ecosystem, pkg, AffectedStatus.NOT_AFFECTED, null, urgency, null);
      case "open" -> open(ecosystem, pkg, urgency, rawUrgency, nodsa, reason);
      case "undetermined" ->
          new DebianRow(ecosystem, pkg, AffectedStatus.UNFIXED, null, urgency, "undetermined");
      default ->
          new DebianRow(
              ecosystem,
              pkg,
              AffectedStatus.UNFIXED,
              null,
              urgency,
              "status " + FeedJson.clip(status));
    };
  }

  private static DebianRow open(
      String ecosystem,
      String pkg,
      @Nullable String urgency,
      String rawUrgency,
      @Nullable String nodsa,
      String reason) {
    String text = nodsa == null ? "" : nodsa.strip();
    if (reason.equals("ignored")) {
      return new DebianRow(
          ecosystem, pkg, AffectedStatus.WONT_FIX, null, urgency, join("ignored", text));
    }
    if (reason.equals("postponed")) {
      return new DebianRow(
          ecosystem, pkg, AffectedStatus.UNFIXED, null, urgency, join("postponed", text));
    }
    if (nodsa != null) {
      return new DebianRow(
          ecosystem, pkg, AffectedStatus.WONT_FIX, null, urgency, join("no-dsa", text));
    }
    if (rawUrgency.equals("end-of-life")) {
      return new DebianRow(ecosystem, pkg, AffectedStatus.WONT_FIX, null, null, "end-of-life");
    }
    return new DebianRow(ecosystem, pkg, AffectedStatus.UNFIXED, null, urgency, null);
  }

  private static String join(String tag, String text) {
    return text.isEmpty() ? tag : tag + ": " + text;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** {@code high**} → {@code high}; "not yet assigned", "end-of-life" and "" → null. */
  static @Nullable String urgency(String raw) {
    String u = raw;
    while (u.endsWith("*")) {
      u = u.substring(0, u.length() - 1);
    }
    u = u.strip();
    return u.isEmpty() || u.equals("not yet assigned") || u.equals("end-of-life") ? null : u;
  }

  AffectedPackage affected() {
    List<OsvRange> ranges =
        fixed == null
            ? List.of()
            : List.of(
                new OsvRange(
                    ecosystem,
                    OsvRange.Type.ECOSYSTEM,
                    List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(fixed))));
    return new AffectedPackage(ecosystem, pkg, status, ranges, List.of(), urgency, note);
  }
}
