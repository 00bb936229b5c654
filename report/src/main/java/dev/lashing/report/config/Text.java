package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.model.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/** Small helpers the writers share: sanitising, paths as URIs, severity levels, order. */
final class Text {
  /** The report order: file, line, column, check id, object, container. */
  static final Comparator<ConfigFinding> ORDER =
      Comparator.comparing(ConfigFinding::file)
          .thenComparingInt(ConfigFinding::line)
          .thenComparingInt(ConfigFinding::column)
          .thenComparing(ConfigFinding::checkId)
          .thenComparing(f -> Objects.toString(f.object(), ""))
          .thenComparing(f -> Objects.requireNonNullElse(f.container(), ""));

  private Text() {}

  /** Input-derived text never drives the terminal or breaks XML: control characters become '?'. */
  static String safe(String s) {
    return s.replaceAll("[\\p{Cntrl}\\x{2028}\\x{2029}]", "?");
  }

  /** A path as reported, with forward slashes and without a leading {@code ./}. */
  static String relative(String file) {
    String p = file.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  /**
   * A SARIF artifact URI: relative paths stay relative (percent-encoded), absolute become file:.
   */
  static String uri(String file) {
    String p = relative(file);
    if (p.startsWith("/")) {
      return Path.of(p).toUri().toString();
    }
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.replaceAll("[^A-Za-z0-9._~/-]", "_");
    }
  }

  /** Where a finding is: {@code Pod/shop/web (app)}, or "-" for Dockerfiles. */
  static String subject(ConfigFinding f) {
    String o = f.object() == null ? "" : f.object().toString();
    if (f.container() != null) {
      o = o.isEmpty() ? f.container() : o + " (" + f.container() + ")";
    }
    return o.isEmpty() ? "-" : safe(o);
  }

  /** SARIF level: error for HIGH and CRITICAL, warning for MEDIUM, note otherwise. */
  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, UNKNOWN -> "note";
    };
  }
}
