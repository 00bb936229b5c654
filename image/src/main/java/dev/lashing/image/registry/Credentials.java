package dev.lashing.image.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and secret for one registry. The user name {@code <token>} marks an identity
 * (refresh) token, as Docker stores it. {@link #toString()} never shows the secret.
 */
record Credentials(String username, String secret) {
  static final String IDENTITY_TOKEN_USER = "<token>";

  boolean isIdentityToken() {
    return IDENTITY_TOKEN_USER.equals(username);
  }

  String basicHeader() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[" + username + ", secret redacted]";
  }
}
