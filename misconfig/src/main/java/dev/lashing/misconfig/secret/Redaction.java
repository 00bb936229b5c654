package dev.lashing.misconfig.secret;

/** How a secret is shown: a few leading characters and {@code ****}, never the whole value. */
public final class Redaction {
  /** What every redacted value ends with. */
  public static final String MASK = "****";

  private Redaction() {}

  /**
   * The first characters of {@code secret} (4 for secrets of 16 characters or more, fewer for
   * shorter ones so that at most a quarter shows) followed by {@link #MASK}; control characters are
   * shown as {@code ?}.
   */
  public static String redact(String secret) {
    int show = Math.min(4, secret.length() / 4);
    StringBuilder b = new StringBuilder(show + MASK.length());
    for (int i = 0; i < show; i++) {
      char c = secret.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.append(MASK).toString();
  }
}
