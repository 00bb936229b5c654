package dev.lashing.report.posture;

import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.model.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Helpers the posture writers share. */
final class Texts {
  private static final String CLUSTER = "cluster:";

  private Texts() {}

  /** Input-derived text never drives the terminal: control characters become '?'. */
  static String safe(String s) {
    return s.replaceAll("[\\p{Cntrl}\\x{2028}\\x{2029}]", "?");
  }

  static String relative(String file) {
    String p = file.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  /** {@code file:line}, or the file alone when there is no line. */
  static String location(PostureFinding f) {
    String file = safe(relative(f.file()));
    return f.line() > 0 ? file + ":" + f.line() : file;
  }

  /** A SARIF artifact URI: relative paths percent-encoded, absolute as file:, cluster: kept. */
  static String uri(String file) {
    String p = relative(file);
    if (p.startsWith("/")) {
      return Path.of(p).toUri().toString();
    }
    try {
      if (p.startsWith(CLUSTER)) {
        return new URI("cluster", p.substring(CLUSTER.length()), null).toASCIIString();
      }
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.replaceAll("[^A-Za-z0-9._~/:-]", "_");
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, UNKNOWN -> "note";
    };
  }

  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "2.0";
      case UNKNOWN -> "0.0";
    };
  }

  /** Markdown table cell: pipes escaped, newlines flattened. */
  static String cell(String s) {
    return safe(s).replace("|", "\\|");
  }
}
