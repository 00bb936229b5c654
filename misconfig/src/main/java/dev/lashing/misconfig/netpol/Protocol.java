package dev.lashing.misconfig.netpol;

import java.util.Locale;
import java.util.Optional;

/** The protocols a NetworkPolicy port may name ({@code TCP} when a port gives none). */
public enum Protocol {
  TCP,
  UDP,
  SCTP;

  /** The protocol named {@code text} (case-insensitive), or empty when it is none of these. */
  public static Optional<Protocol> parse(String text) {
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
