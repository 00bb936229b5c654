package dev.lashing.match.ignore;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code .lashingignore.yaml}: a check or vulnerability id, optionally narrowed to a
 * path glob and (for vulnerabilities) a package URL pattern where {@code *} matches any run of
 * characters, with why, who owns the decision and the last day it holds.
 *
 * @param source the file and entry number, for messages
 */
public record IgnoreRule(
    String id,
    @Nullable String path,
    @Nullable String packagePattern,
    String reason,
    @Nullable String owner,
    @Nullable LocalDate expires,
    String source) {

  /** True once {@code today} is after the expiry date; expired entries no longer suppress. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /** Whether {@code purl} fits the package pattern (always, when there is none). */
  public boolean matchesPurl(String purl) {
    if (packagePattern == null) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    for (String part : packagePattern.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    Pattern p = Pattern.compile(regex.toString());
    int q = purl.indexOf('?');
    return p.matcher(purl).matches() || (q > 0 && p.matcher(purl.substring(0, q)).matches());
  }

  /** Whether {@code file} fits the path glob (always, when there is none). */
  public boolean matchesPath(String file) {
    if (path == null || file.equals(path)) {
      return true;
    }
    String relative = file.startsWith("/") ? file.substring(1) : file;
    try {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + path);
      return m.matches(Path.of(file)) || m.matches(Path.of(relative)) || relative.equals(path);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
